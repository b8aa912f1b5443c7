package org.liaison.content.web;

import org.springframework.test.context.TestPropertySource;

import org.liaison.support.PortalClient;

import java.time.LocalDate;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.liaison.common.ItemRef;
import org.liaison.common.ItemType;
import org.liaison.common.LocalizedText;
import org.liaison.content.ContentService;
import org.liaison.content.DocumentKind;
import org.liaison.content.LinkKind;
import org.liaison.common.PublicationStatus;
import org.liaison.content.RelatedContentService;
import org.liaison.support.LiaisonIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The list of published documents and a document with its quoted passage and source. */
@LiaisonIntegrationTest
// Own fixtures, no demo data: these tests count what they find, so they share a context of their own.
@TestPropertySource(properties = "liaison.demo.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentPageControllerTests {

	static final String CONCLUSIONS = "test-documents-council-2016";

	static final String SOURCE = "https://www.consilium.europa.eu/test-d4d-conclusions";

	@LocalServerPort
	int port;

	@Autowired
	ContentService content;

	@Autowired
	RelatedContentService related;

	@BeforeAll
	void createFixtures() {
		content.recordDocument(CONCLUSIONS, DocumentKind.COUNCIL_CONCLUSIONS,
				LocalizedText.of("en", "Test conclusions on Digital4Development")
					.with("hu", "Teszt következtetések a Digital4Developmentről"),
				LocalDate.of(2016, 11, 28), "Council of the EU",
				LocalizedText.of("en", "The Council asks for digitisation to be mainstreamed."),
				LocalizedText.of("en", "Digitisation needs to be properly mainstreamed across all policy areas."),
				SOURCE, PublicationStatus.PUBLISHED);
		content.recordDocument("test-documents-swd-2017", DocumentKind.STAFF_WORKING_DOCUMENT,
				LocalizedText.of("en", "Test staff working document"), LocalDate.of(2017, 5, 2), "European Commission",
				LocalizedText.empty(), LocalizedText.empty(), null, PublicationStatus.PUBLISHED);
		content.recordDocument("test-documents-draft", DocumentKind.REPORT, LocalizedText.of("en", "Test draft report"),
				LocalDate.of(2017, 6, 1), null, LocalizedText.empty(), LocalizedText.empty(), null,
				PublicationStatus.DRAFT);
		related.link(new ItemRef(ItemType.DOCUMENT, CONCLUSIONS),
				new ItemRef(ItemType.DOCUMENT, "test-documents-swd-2017"), LinkKind.RELATED, null);
		content.writePage("test-documents-d4d", LocalizedText.of("en", "Test Digital for development"),
				LocalizedText.empty(), LocalizedText.empty(), PublicationStatus.PUBLISHED);
		related.link(new ItemRef(ItemType.DOCUMENT, CONCLUSIONS), new ItemRef(ItemType.PAGE, "test-documents-d4d"),
				LinkKind.SEE_ALSO, null);
	}

	@Test
	void listsPublishedDocumentsLatestFirstWithKindIssuerAndDate() {
		Document html = get("/en/documents");
		assertThat(html.select("h1").eachText()).containsExactly("Documents");
		assertThat(html.select("li.card h2 a").eachAttr("href"))
			.containsSubsequence("/en/documents/test-documents-swd-2017", "/en/documents/" + CONCLUSIONS)
			.doesNotContain("/en/documents/test-documents-draft");
		Element card = html.selectFirst("li.card:has(a[href$=" + CONCLUSIONS + "])");
		assertThat(card.text()).isEqualTo(
				"Test conclusions on Digital4Development Council conclusions · Council of the EU · November 28, 2016");
	}

	@Test
	void showsADocumentWithItsQuotedPassageAndSource() {
		Document html = get("/en/documents/" + CONCLUSIONS);
		assertThat(html.select("h1").eachText()).containsExactly("Test conclusions on Digital4Development");
		assertThat(html.selectFirst("dl.facts").text()).isEqualTo(
				"Type of document Council conclusions Issued by Council of the EU Date November 28, 2016");
		assertThat(html.selectFirst(".lead").text()).isEqualTo("The Council asks for digitisation to be mainstreamed.");
		Element quote = html.selectFirst("blockquote");
		assertThat(quote.text()).isEqualTo("Digitisation needs to be properly mainstreamed across all policy areas.");
		assertThat(quote.attr("cite")).isEqualTo(SOURCE);
		assertThat(quote.hasAttr("lang")).isFalse();
		Element source = html.selectFirst("a[href=" + SOURCE + "]");
		assertThat(source.attr("rel")).isEqualTo("noopener");
		assertThat(source.text()).isEqualTo("Read the full document");
	}

	@Test
	void showsBreadcrumbsRelatedContentAndSeeAlso() {
		Document html = get("/en/documents/" + CONCLUSIONS);
		assertThat(html.select("nav.breadcrumbs li").eachText()).containsExactly("Home", "Documents",
				"Test conclusions on Digital4Development");
		assertThat(html.select("section.related a").eachAttr("href"))
			.containsExactly("/en/documents/test-documents-swd-2017");
		assertThat(html.select("section.see-also a").eachAttr("href")).containsExactly("/en/pages/test-documents-d4d");
	}

	@Test
	void speaksHungarianAndMarksAnEnglishQuoteOnAHungarianPage() {
		assertThat(get("/hu/documents").selectFirst("h1").text()).isEqualTo("Dokumentumok");
		Document html = get("/hu/documents/" + CONCLUSIONS);
		assertThat(html.selectFirst("h1").text()).isEqualTo("Teszt következtetések a Digital4Developmentről");
		assertThat(html.selectFirst("dl.facts").text()).contains("Dokumentumtípus", "Tanácsi következtetések",
				"Kibocsátó", "2016. november 28.");
		assertThat(html.selectFirst("blockquote").attr("lang")).isEqualTo("en");
		assertThat(html.selectFirst("#quote-heading").text()).isEqualTo("Részlet a dokumentumból");
		assertThat(html.selectFirst("a[rel=noopener]").text()).isEqualTo("A teljes dokumentum elolvasása");
	}

	@Test
	void leavesOutQuoteAndSourceADocumentDoesNotHave() {
		Document html = get("/en/documents/test-documents-swd-2017");
		assertThat(html.select("blockquote")).isEmpty();
		assertThat(html.select("a[rel=noopener]")).isEmpty();
		assertThat(html.selectFirst("dl.facts").text()).contains("Staff working document", "European Commission");
	}

	@Test
	void answersNotFoundForUnknownOrUnpublishedDocuments() {
		assertThat(new PortalClient(port).fetch("/en/documents/test-documents-no-such").statusCode()).isEqualTo(404);
		assertThat(new PortalClient(port).fetch("/en/documents/test-documents-draft").statusCode()).isEqualTo(404);
	}

	private Document get(String path) {
		return new PortalClient(port).get(path);
	}

}
