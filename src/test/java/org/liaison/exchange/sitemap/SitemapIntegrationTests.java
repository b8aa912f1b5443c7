package org.liaison.exchange.sitemap;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

/** The sitemap and robots.txt, fetched anonymously; every address in the sitemap answers 200. */
@LiaisonIntegrationTest
class SitemapIntegrationTests {

	static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

	static final String XHTML = "http://www.w3.org/1999/xhtml";

	@LocalServerPort
	int port;

	PortalClient http;

	@BeforeEach
	void setUp() {
		http = new PortalClient(port);
	}

	@Test
	void listsEveryKindOfPageInEveryLanguageWithAlternates() throws Exception {
		HttpResponse<String> response = http.fetch("/sitemap.xml");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/xml"));
		Document sitemap = parse(response.body());
		assertThat(sitemap.getDocumentElement().getNamespaceURI()).isEqualTo(SITEMAP);
		assertThat(sitemap.getDocumentElement().getLocalName()).isEqualTo("urlset");
		String base = "http://localhost:" + port;
		Map<String, Element> urls = new LinkedHashMap<>();
		NodeList list = sitemap.getElementsByTagNameNS(SITEMAP, "url");
		for (int i = 0; i < list.getLength(); i++) {
			Element url = (Element) list.item(i);
			urls.put(url.getElementsByTagNameNS(SITEMAP, "loc").item(0).getTextContent(), url);
		}
		assertThat(urls.keySet()).as("no address twice").hasSize(list.getLength());
		assertThat(urls).containsKeys(base + "/en/", base + "/hu/", base + "/en/regions/africa",
				base + "/hu/partners/australia", base + "/en/projects/wazihub",
				base + "/en/dialogues/eu-australia-digital-dialogue",
				base + "/hu/news/eu-australia-accelerate-digital-cooperation",
				base + "/en/documents/council-conclusions-digital4development-2016",
				base + "/en/pages/regional-and-bilateral-relations");
		assertThat(urls.get(base + "/hu/news/eu-australia-accelerate-digital-cooperation")
			.getElementsByTagNameNS(SITEMAP, "lastmod").item(0).getTextContent()).isEqualTo("2024-06-12");
		Element wazihub = urls.get(base + "/hu/projects/wazihub");
		Map<String, String> alternates = new LinkedHashMap<>();
		NodeList links = wazihub.getElementsByTagNameNS(XHTML, "link");
		for (int i = 0; i < links.getLength(); i++) {
			Element link = (Element) links.item(i);
			assertThat(link.getAttribute("rel")).isEqualTo("alternate");
			alternates.put(link.getAttribute("hreflang"), link.getAttribute("href"));
		}
		assertThat(alternates).containsExactly(Map.entry("en", base + "/en/projects/wazihub"),
				Map.entry("hu", base + "/hu/projects/wazihub"));
		List<String> broken = new ArrayList<>();
		for (String url : urls.keySet()) {
			int status = http.fetch(url.substring(base.length())).statusCode();
			if (status != 200) {
				broken.add(url + " " + status);
			}
		}
		assertThat(broken).as("sitemap addresses that do not answer 200").isEmpty();
	}

	@Test
	void robotsTxtPointsAtTheSitemap() {
		HttpResponse<String> robots = http.fetch("/robots.txt");
		assertThat(robots.statusCode()).isEqualTo(200);
		assertThat(robots.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/plain"));
		assertThat(robots.body()).contains("User-agent: *")
			.contains("Disallow: /admin/")
			.contains("Sitemap: http://localhost:" + port + "/sitemap.xml");
	}

	static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

}
