package org.liaison.exchange.feed;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.liaison.support.LiaisonIntegrationTest;
import org.liaison.support.PortalClient;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The Atom news feeds, fetched anonymously and read with a namespace-aware DOM parser. */
@LiaisonIntegrationTest
class FeedIntegrationTests {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	static final String NEWS = "eu-australia-accelerate-digital-cooperation";

	@LocalServerPort
	int port;

	PortalClient http;

	@BeforeEach
	void setUp() {
		http = new PortalClient(port);
	}

	@Test
	void allNewsWithStableIdsLinksDatesAndFallbackLanguages() throws Exception {
		HttpResponse<String> response = http.fetch("/feeds/news.atom");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/atom+xml"));
		Document feed = parse(response.body());
		Element root = feed.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(root.getLocalName()).isEqualTo("feed");
		assertThat(root.getAttributeNS(XMLConstants.XML_NS_URI, "lang")).isEqualTo("en");
		assertThat(child(root, "id").getTextContent()).startsWith("tag:").endsWith(":feeds/news");
		assertThat(child(root, "title").getTextContent()).isEqualTo("Liaison: news");
		assertThat(link(root, "self")).isEqualTo("http://localhost:" + port + "/feeds/news.atom");
		assertThat(link(root, "alternate")).isEqualTo("http://localhost:" + port + "/en/news");
		assertThat(child(child(root, "author"), "name").getTextContent()).isNotBlank();
		OffsetDateTime.parse(child(root, "updated").getTextContent());

		Element entry = entry(feed, NEWS);
		String id = child(entry, "id").getTextContent();
		assertThat(id).matches("tag:[^:]+,\\d{4}:news/\\d+");
		assertThat(OffsetDateTime.parse(child(entry, "updated").getTextContent()).toLocalDate())
			.hasToString("2024-06-12");
		Element title = child(entry, "title");
		assertThat(title.getTextContent()).isEqualTo("Az EU és Ausztrália felgyorsítja digitális együttműködését");
		assertThat(title.getAttributeNS(XMLConstants.XML_NS_URI, "lang")).isEqualTo("hu");

		Document hungarian = parse(http.fetch("/feeds/news.atom?lang=hu").body());
		Element sameEntry = entry(hungarian, NEWS);
		assertThat(child(sameEntry, "id").getTextContent()).isEqualTo(id);
		assertThat(child(sameEntry, "title").hasAttributeNS(XMLConstants.XML_NS_URI, "lang")).isFalse();
		assertThat(link(sameEntry, "alternate")).endsWith("/hu/news/" + NEWS);
		assertThat(child(hungarian.getDocumentElement(), "title").getTextContent()).isEqualTo("Liaison: hírek");
	}

	@Test
	void feedsPerPartnerAndRegion() throws Exception {
		assertThat(entrySlugs(parse(http.fetch("/feeds/partners/australia.atom").body()))).containsExactly(NEWS);
		assertThat(entrySlugs(parse(http.fetch("/feeds/partners/kenya.atom").body()))).isEmpty();
		Document asiaPacific = parse(http.fetch("/feeds/regions/asia-pacific.atom?lang=hu").body());
		assertThat(entrySlugs(asiaPacific)).containsExactly(NEWS);
		assertThat(link(asiaPacific.getDocumentElement(), "alternate")).endsWith("/hu/regions/asia-pacific");
		assertThat(entrySlugs(parse(http.fetch("/feeds/regions/africa.atom").body()))).isEmpty();
		assertThat(http.fetch("/feeds/partners/atlantis.atom").statusCode()).isEqualTo(404);
		assertThat(http.fetch("/feeds/regions/atlantis.atom").statusCode()).isEqualTo(404);
		assertThat(http.fetch("/feeds/news.atom?lang=xx").statusCode()).isEqualTo(404);
	}

	static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	private static Element child(Element parent, String name) {
		NodeList children = parent.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			if (children.item(i) instanceof Element element && ATOM.equals(element.getNamespaceURI())
					&& name.equals(element.getLocalName())) {
				return element;
			}
		}
		throw new AssertionError("No atom:" + name + " in atom:" + parent.getLocalName());
	}

	private static String link(Element parent, String rel) {
		NodeList links = parent.getElementsByTagNameNS(ATOM, "link");
		for (int i = 0; i < links.getLength(); i++) {
			Element link = (Element) links.item(i);
			if (link.getParentNode() == parent && rel.equals(link.getAttribute("rel"))) {
				return link.getAttribute("href");
			}
		}
		throw new AssertionError("No link rel=" + rel);
	}

	private static List<Element> entries(Document feed) {
		NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
		List<Element> all = new ArrayList<>();
		for (int i = 0; i < entries.getLength(); i++) {
			all.add((Element) entries.item(i));
		}
		return all;
	}

	private static List<String> entrySlugs(Document feed) {
		return entries(feed).stream().map(e -> link(e, "alternate").replaceAll(".*/news/", "")).toList();
	}

	private static Element entry(Document feed, String slug) {
		return entries(feed).stream().filter(e -> link(e, "alternate").endsWith("/news/" + slug)).findFirst()
			.orElseThrow();
	}

}
