package org.liaison.content.web;

import org.springframework.test.context.TestPropertySource;

import org.liaison.support.PortalClient;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.liaison.common.ItemRef;
import org.liaison.common.ItemType;
import org.liaison.common.LocalizedText;
import org.liaison.content.ContentService;
import org.liaison.content.LinkKind;
import org.liaison.common.PublicationStatus;
import org.liaison.content.RelatedContentService;
import org.liaison.support.LiaisonIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A published editorial page with its summary, body, related content and see also. */
@LiaisonIntegrationTest
// Own fixtures, no demo data: these tests count what they find, so they share a context of their own.
@TestPropertySource(properties = "liaison.demo.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditorialPageControllerTests {

	static final String PAGE = "test-pages-foreign-policy";

	@LocalServerPort
	int port;

	@Autowired
	ContentService content;

	@Autowired
	RelatedContentService related;

	@BeforeAll
	void createFixtures() {
		content.writePage(PAGE, LocalizedText.of("en", "Test foreign policy").with("hu", "Teszt külpolitika"),
				LocalizedText.of("en", "More opportunities for European companies.")
					.with("hu", "Több lehetőség az európai vállalatoknak."),
				LocalizedText.of("en", "First paragraph.\n\nSecond paragraph."), PublicationStatus.PUBLISHED);
		content.writePage("test-pages-neighbours", LocalizedText.of("hu", "Teszt: az EU szomszédai"),
				LocalizedText.empty(), LocalizedText.empty(), PublicationStatus.PUBLISHED);
		content.writePage("test-pages-africa", LocalizedText.of("en", "Test Africa"), LocalizedText.empty(),
				LocalizedText.empty(), PublicationStatus.PUBLISHED);
		content.writePage("test-pages-draft", LocalizedText.of("en", "Test draft page"), LocalizedText.empty(),
				LocalizedText.empty(), PublicationStatus.IN_REVIEW);
		related.link(new ItemRef(ItemType.PAGE, PAGE), new ItemRef(ItemType.PAGE, "test-pages-africa"),
				LinkKind.RELATED, null);
		related.link(new ItemRef(ItemType.PAGE, PAGE), new ItemRef(ItemType.PAGE, "test-pages-neighbours"),
				LinkKind.SEE_ALSO, null);
	}

	@Test
	void showsTitleSummaryBodyAndBreadcrumbs() {
		Document html = get("/en/pages/" + PAGE);
		assertThat(html.select("h1").eachText()).containsExactly("Test foreign policy");
		assertThat(html.title()).startsWith("Test foreign policy");
		assertThat(html.selectFirst(".lead").text()).isEqualTo("More opportunities for European companies.");
		assertThat(html.selectFirst("meta[name=description]").attr("content"))
			.isEqualTo("More opportunities for European companies.");
		assertThat(html.select(".prose:not(.lead) p").eachText()).containsExactly("First paragraph.",
				"Second paragraph.");
		assertThat(html.select("nav.breadcrumbs li").eachText()).containsExactly("Home", "Test foreign policy");
	}

	@Test
	void showsRelatedContentAndSeeAlsoMarkingTheirLanguage() {
		Document html = get("/en/pages/" + PAGE);
		assertThat(html.select("section.related a").eachAttr("href")).containsExactly("/en/pages/test-pages-africa");
		assertThat(html.select("section.see-also a").eachAttr("href"))
			.containsExactly("/en/pages/test-pages-neighbours");
		assertThat(html.selectFirst("section.see-also [lang=hu]").text()).isEqualTo("Teszt: az EU szomszédai");
	}

	@Test
	void marksEnglishTextOnAHungarianPage() {
		Document html = get("/hu/pages/" + PAGE);
		assertThat(html.selectFirst("html").attr("lang")).isEqualTo("hu");
		assertThat(html.selectFirst("h1").text()).isEqualTo("Teszt külpolitika");
		assertThat(html.selectFirst(".lead").attr("lang")).isEmpty();
		assertThat(html.selectFirst(".prose:not(.lead)").attr("lang")).isEqualTo("en");
		assertThat(html.select("nav.breadcrumbs li").eachText()).last().isEqualTo("Teszt külpolitika");
	}

	@Test
	void notesTheLanguageOfATitleOnlyPage() {
		Document html = get("/en/pages/test-pages-neighbours");
		assertThat(html.selectFirst("h1 [lang=hu]").text()).isEqualTo("Teszt: az EU szomszédai");
		assertThat(html.selectFirst("h1 .fallback-note").text()).isEqualTo("(Only available in Magyar)");
	}

	@Test
	void answersNotFoundForUnknownOrUnpublishedPages() {
		assertThat(new PortalClient(port).fetch("/en/pages/test-pages-no-such").statusCode()).isEqualTo(404);
		assertThat(new PortalClient(port).fetch("/en/pages/test-pages-draft").statusCode()).isEqualTo(404);
	}

	private Document get(String path) {
		return new PortalClient(port).get(path);
	}

}
