package org.liaison.exchange.sitemap;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import org.liaison.common.web.PortalLanguages;
import org.liaison.support.LiaisonIntegrationTest;
import org.liaison.support.PortalClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Past the configured number of addresses, {@code /sitemap.xml} becomes a sitemap index. Tested on
 * the demo data with a sitemap controller of a small limit ({@code liaison.sitemap.max-urls}),
 * built on the application's own beans, against the application's one-file sitemap.
 */
@LiaisonIntegrationTest
class SitemapIndexIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	PortalLanguages languages;

	@Autowired
	SitemapAddresses addresses;

	@Test
	void splitsIntoAnIndexOfFilesWithEveryAddressOnce() throws Exception {
		Set<String> whole = new HashSet<>(locs(new PortalClient(port).fetch("/sitemap.xml").body(), "url"));
		assertThat(whole).hasSizeGreaterThan(20);
		SitemapController small = new SitemapController(languages, addresses, 15);
		Document index = parse(get(small, "/sitemap.xml", null));
		assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
		List<String> files = locs(index, "sitemap");
		int perFile = 15 / languages.languages().size() * languages.languages().size();
		assertThat(files).hasSize((whole.size() + perFile - 1) / perFile);
		assertThat(files.get(0)).isEqualTo("http://localhost/sitemap-1.xml");
		List<String> all = new ArrayList<>();
		for (int number = 1; number <= files.size(); number++) {
			List<String> part = locs(get(small, "/sitemap-" + number + ".xml", number), "url");
			assertThat(part).as("sitemap " + number).isNotEmpty().hasSizeLessThanOrEqualTo(15);
			all.addAll(part);
		}
		assertThat(all).doesNotHaveDuplicates().hasSize(whole.size());
		assertThat(all.stream().map(url -> url.replace("http://localhost", "")).toList())
			.containsExactlyInAnyOrderElementsOf(whole.stream().map(url -> url.replace("http://localhost:" + port, "")).toList());
		int beyond = files.size() + 1;
		assertThatThrownBy(() -> get(small, "/sitemap-" + beyond + ".xml", beyond))
			.isInstanceOf(ResponseStatusException.class);
	}

	@Test
	void staysOneFileUnderTheLimit() throws Exception {
		Document sitemap = parse(new PortalClient(port).fetch("/sitemap.xml").body());
		assertThat(sitemap.getDocumentElement().getLocalName()).isEqualTo("urlset");
		assertThat(new PortalClient(port).fetch("/sitemap-2.xml").statusCode()).isEqualTo(404);
		assertThat(new PortalClient(port).fetch("/sitemap-1.xml").statusCode()).isEqualTo(200);
	}

	private static String get(SitemapController controller, String path, Integer number) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		MockHttpServletResponse response = new MockHttpServletResponse();
		if (number == null) {
			controller.sitemap(request, response);
		}
		else {
			controller.part(number, request, response);
		}
		return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private static List<String> locs(String xml, String element) throws Exception {
		return locs(parse(xml), element);
	}

	private static List<String> locs(Document document, String element) {
		NodeList nodes = document.getElementsByTagNameNS(SitemapController.SITEMAP, element);
		List<String> locs = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			locs.add(((org.w3c.dom.Element) nodes.item(i)).getElementsByTagNameNS(SitemapController.SITEMAP, "loc")
				.item(0).getTextContent());
		}
		return locs;
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}

}
