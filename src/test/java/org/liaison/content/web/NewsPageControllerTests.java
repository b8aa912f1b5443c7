package org.liaison.content.web;

import org.springframework.test.context.TestPropertySource;

import org.liaison.support.PortalClient;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.liaison.common.ItemRef;
import org.liaison.common.ItemType;
import org.liaison.common.LocalizedText;
import org.liaison.content.ContentService;
import org.liaison.content.DocumentKind;
import org.liaison.content.LinkKind;
import org.liaison.common.PublicationStatus;
import org.liaison.content.RelatedContentService;
import org.liaison.partner.PartnerService;
import org.liaison.support.LiaisonIntegrationTest;
import org.liaison.taxonomy.TaxonomyService;
import org.liaison.taxonomy.Vocabulary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Published news, latest first and paged, and a news item — including one written in Hungarian only.
 * The fixtures are dated 2099 so that they lead the list whatever other news the database holds.
 */
@LiaisonIntegrationTest
// Own fixtures, no demo data: these tests count what they find, so they share a context of their own.
@TestPropertySource(properties = "liaison.demo.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewsPageControllerTests {

	static final String MAGYAR = "test-news-eu-australia";

	static final String TOPIC = "test-news-ai";

	@LocalServerPort
	int port;

	@Autowired
	ContentService content;

	@Autowired
	PartnerService partners;

	@Autowired
	TaxonomyService taxonomy;

	@Autowired
	RelatedContentService related;

	@BeforeAll
	void createFixtures() {
		if (taxonomy.vocabulary(Vocabulary.THEMES).isEmpty()) {
			taxonomy.createVocabulary(Vocabulary.THEMES, LocalizedText.of("en", "Themes"), 0);
		}
		taxonomy.addTerm(Vocabulary.THEMES, TOPIC, LocalizedText.of("en", "Test AI").with("hu", "Teszt MI"),
				LocalizedText.empty());
		partners.addOrganisationPartner("test-news-partner",
				LocalizedText.of("en", "Test Antipodes").with("hu", "Teszt Antipódusok"), true, LocalizedText.empty(),
				null, List.of());
		content.writeNews(MAGYAR, LocalizedText.of("hu", "Az EU és Ausztrália felgyorsítja digitális együttműködését"),
				LocalizedText.of("hu", "Az EU és Ausztrália virtuálisan megtartotta második digitális párbeszédét."),
				LocalizedText.of("hu", "Első bekezdés.\n\nMásodik bekezdés."), LocalDate.of(2099, 1, 11),
				List.of("test-news-partner"), List.of(TOPIC), PublicationStatus.PUBLISHED);
		for (int day = 1; day <= 10; day++) {
			content.writeNews("test-news-filler-" + day,
					LocalizedText.of("en", "Filler news " + day).with("hu", "Kitöltő hír " + day),
					LocalizedText.of("en", "Teaser " + day), LocalizedText.empty(), LocalDate.of(2099, 1, day),
					List.of(), List.of(), PublicationStatus.PUBLISHED);
		}
		content.writeNews("test-news-draft", LocalizedText.of("en", "Draft news"), LocalizedText.empty(),
				LocalizedText.empty(), LocalDate.of(2099, 12, 31), List.of(), List.of(), PublicationStatus.DRAFT);
		content.writePage("test-news-page", LocalizedText.of("en", "Test Asia-Pacific").with("hu", "Teszt Ázsia"),
				LocalizedText.empty(), LocalizedText.empty(), PublicationStatus.PUBLISHED);
		content.recordDocument("test-news-document", DocumentKind.JOINT_STATEMENT,
				LocalizedText.of("en", "Test joint statement").with("hu", "Teszt közös nyilatkozat"),
				LocalDate.of(2099, 1, 11), "EU and Australia", LocalizedText.empty(), LocalizedText.empty(), null,
				PublicationStatus.PUBLISHED);
		related.link(new ItemRef(ItemType.NEWS, MAGYAR), new ItemRef(ItemType.PAGE, "test-news-page"),
				LinkKind.RELATED, null);
		related.link(new ItemRef(ItemType.NEWS, MAGYAR), new ItemRef(ItemType.DOCUMENT, "test-news-document"),
				LinkKind.SEE_ALSO, null);
	}

	@Test
	void listsPublishedNewsLatestFirst() {
		Document html = get("/en/news");
		assertThat(html.select("h1").eachText()).containsExactly("News");
		List<String> hrefs = html.select("li.card h2 a").eachAttr("href");
		assertThat(hrefs).hasSize(ContentService.NEWS_PAGE_SIZE).first().isEqualTo("/en/news/" + MAGYAR);
		assertThat(hrefs.subList(1, 10)).containsExactly("/en/news/test-news-filler-10", "/en/news/test-news-filler-9",
				"/en/news/test-news-filler-8", "/en/news/test-news-filler-7", "/en/news/test-news-filler-6",
				"/en/news/test-news-filler-5", "/en/news/test-news-filler-4", "/en/news/test-news-filler-3",
				"/en/news/test-news-filler-2");
		Element filler = html.selectFirst("li.card:has(a[href$=filler-10])");
		assertThat(filler.selectFirst("time").attr("datetime")).isEqualTo("2099-01-10");
		assertThat(filler.text()).isEqualTo("Filler news 10 January 10, 2099 Teaser 10");
		assertThat(html.select("a[rel=next]").attr("href")).isEqualTo("/en/news?page=2");
		assertThat(html.select("a[rel=prev]")).isEmpty();
		assertThat(html.select("a[href=/en/news/test-news-draft]")).isEmpty();
	}

	@Test
	void pagesThroughTheNews() {
		Document html = get("/en/news?page=2");
		assertThat(html.select("li.card h2 a").eachAttr("href")).first().isEqualTo("/en/news/test-news-filler-1");
		assertThat(html.select("a[rel=prev]").attr("href")).isEqualTo("/en/news?page=1");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "-1", "abc", "100000", "99999999999" })
	void answersNotFoundForAPageThatIsNotThere(String number) {
		assertThat(fetch("/en/news?page=" + number)).isEqualTo(404);
	}

	@Test
	void marksHungarianOnlyNewsWithItsLanguageInTheEnglishList() {
		Element card = get("/en/news").selectFirst("li.card:has(a[href$=" + MAGYAR + "])");
		assertThat(card.selectFirst("h2 [lang=hu]").text())
			.isEqualTo("Az EU és Ausztrália felgyorsítja digitális együttműködését");
		assertThat(card.selectFirst("h2 .fallback-note").text()).isEqualTo("(Only available in Magyar)");
		assertThat(card.select("p [lang=hu]").text())
			.isEqualTo("Az EU és Ausztrália virtuálisan megtartotta második digitális párbeszédét.");
		assertThat(card.select(".fallback-note")).hasSize(1);
	}

	@Test
	void showsHungarianOnlyNewsOnAnEnglishPageWithItsLanguageAndANote() {
		Document html = get("/en/news/" + MAGYAR);
		assertThat(html.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(html.select("h1")).hasSize(1);
		assertThat(html.selectFirst("h1 [lang=hu]").text())
			.isEqualTo("Az EU és Ausztrália felgyorsítja digitális együttműködését");
		assertThat(html.selectFirst(".lead [lang=hu]").text())
			.isEqualTo("Az EU és Ausztrália virtuálisan megtartotta második digitális párbeszédét.");
		Element body = html.selectFirst("div.prose");
		assertThat(body.attr("lang")).isEqualTo("hu");
		assertThat(body.selectFirst(".fallback-note").text()).isEqualTo("Only available in Magyar");
		assertThat(body.select("p:not(.fallback-note)").eachText()).containsExactly("Első bekezdés.",
				"Második bekezdés.");
		assertThat(html.select("main .fallback-note")).hasSize(1);
		assertThat(html.selectFirst("time").attr("datetime")).isEqualTo("2099-01-11");
	}

	@Test
	void showsPartnersTopicsBreadcrumbsRelatedContentAndSeeAlso() {
		Document html = get("/en/news/" + MAGYAR);
		assertThat(html.select("a[href=/en/partners/test-news-partner]").text()).isEqualTo("Test Antipodes");
		assertThat(html.select("a[href=/en/topics/" + TOPIC + "]").text()).isEqualTo("Test AI");
		assertThat(html.select("nav.breadcrumbs li").eachText()).containsExactly("Home", "News",
				"Az EU és Ausztrália felgyorsítja digitális együttműködését");
		assertThat(html.select("nav.breadcrumbs a").eachAttr("href")).containsExactly("/en/", "/en/news");
		assertThat(html.select("section.related a").eachAttr("href")).containsExactly("/en/pages/test-news-page");
		assertThat(html.select("section.see-also a").eachAttr("href"))
			.containsExactly("/en/documents/test-news-document");
	}

	@Test
	void speaksHungarianOnHungarianPages() {
		assertThat(get("/hu/news").selectFirst("h1").text()).isEqualTo("Hírek");
		Document html = get("/hu/news/" + MAGYAR);
		assertThat(html.selectFirst("html").attr("lang")).isEqualTo("hu");
		assertThat(html.select("main [lang]")).isEmpty();
		assertThat(html.select("main .fallback-note")).isEmpty();
		assertThat(html.selectFirst("#partners-heading").text()).isEqualTo("A hírben szereplő partnerek");
		assertThat(html.select("nav.breadcrumbs a").eachAttr("href")).containsExactly("/hu/", "/hu/news");
	}

	@Test
	void answersNotFoundForUnknownOrUnpublishedNews() {
		assertThat(fetch("/en/news/test-news-no-such")).isEqualTo(404);
		assertThat(fetch("/en/news/test-news-draft")).isEqualTo(404);
	}

	private Document get(String path) {
		return new PortalClient(port).get(path);
	}

	private int fetch(String path) {
		return new PortalClient(port).fetch(path).statusCode();
	}

}
