package org.liaison.dialogue.web;

import org.springframework.test.context.TestPropertySource;

import org.liaison.support.PortalClient;

import java.time.ZoneId;
import java.time.ZonedDateTime;
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
import org.liaison.content.LinkKind;
import org.liaison.common.PublicationStatus;
import org.liaison.content.RelatedContentService;
import org.liaison.dialogue.DialogueFormat;
import org.liaison.dialogue.DialogueLevel;
import org.liaison.dialogue.DialogueService;
import org.liaison.dialogue.MeetingStatus;
import org.liaison.partner.PartnerService;
import org.liaison.support.LiaisonIntegrationTest;
import org.liaison.taxonomy.TaxonomyService;
import org.liaison.taxonomy.Vocabulary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The list of dialogues, a series with its meetings, and a meeting, fetched over HTTP. */
@LiaisonIntegrationTest
// Own fixtures, no demo data: these tests count what they find, so they share a context of their own.
@TestPropertySource(properties = "liaison.demo.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DialoguePageControllerTests {

	static final String SERIES = "test-dialogues-eu-oceania";

	static final String QUIET = "test-dialogues-quiet";

	static final String TOPIC = "test-dialogues-ai";

	@LocalServerPort
	int port;

	@Autowired
	DialogueService dialogues;

	@Autowired
	PartnerService partners;

	@Autowired
	TaxonomyService taxonomy;

	@Autowired
	ContentService content;

	@Autowired
	RelatedContentService related;

	@BeforeAll
	void createFixtures() {
		if (taxonomy.vocabulary(Vocabulary.THEMES).isEmpty()) {
			taxonomy.createVocabulary(Vocabulary.THEMES, LocalizedText.of("en", "Themes"), 0);
		}
		taxonomy.addTerm(Vocabulary.THEMES, TOPIC, LocalizedText.of("en", "Test AI").with("hu", "Teszt MI"),
				LocalizedText.empty());
		partners.addOrganisationPartner("test-dialogues-oceania-office", LocalizedText.of("en", "Test Oceania Office"),
				true, LocalizedText.empty(), null, List.of());
		partners.addOrganisationPartner("test-dialogues-pacific-forum", LocalizedText.of("en", "Test Pacific Forum"),
				false, LocalizedText.empty(), null, List.of());
		dialogues.startSeries(SERIES,
				LocalizedText.of("en", "Test EU–Oceania Digital Dialogue")
					.with("hu", "Teszt EU–Óceánia digitális párbeszéd"),
				DialogueFormat.DIALOGUE, DialogueLevel.SENIOR_OFFICIALS,
				LocalizedText.of("en", "A yearly dialogue on digital policy."), "DG CONNECT F.1",
				List.of("test-dialogues-pacific-forum", "test-dialogues-oceania-office"));
		dialogues.recordMeeting(SERIES, 1, ZonedDateTime.of(2023, 6, 15, 10, 0, 0, 0, ZoneId.of("Europe/Brussels")),
				"Brussels", false, MeetingStatus.HELD, LocalizedText.empty(),
				LocalizedText.of("hu", "Megállapodtak a mesterséges intelligenciáról."), List.of());
		dialogues.recordMeeting(SERIES, 2, ZonedDateTime.of(2024, 6, 12, 9, 0, 0, 0, ZoneId.of("Australia/Sydney")),
				null, true, MeetingStatus.HELD, LocalizedText.of("en", "The second dialogue, held online."),
				LocalizedText.of("en", "Work plan on AI and 5G agreed.")
					.with("hu", "Munkaterv az MI-ről és az 5G-ről."),
				List.of(TOPIC));
		dialogues.recordMeeting(SERIES, 3, ZonedDateTime.of(2030, 6, 1, 9, 0, 0, 0, ZoneId.of("Australia/Sydney")),
				"Canberra", false, MeetingStatus.PLANNED, LocalizedText.empty(), LocalizedText.empty(), List.of());
		// announced, so the public sees it; an unannounced one would stay off the portal
		dialogues.listMeetingPublicly(SERIES, 3, true);
		dialogues.recordMeeting(SERIES, 4, ZonedDateTime.of(2031, 6, 1, 9, 0, 0, 0, ZoneId.of("Australia/Sydney")),
				"Perth", false, MeetingStatus.PLANNED, LocalizedText.empty(), LocalizedText.empty(), List.of());
		dialogues.startSeries(QUIET, LocalizedText.of("en", "Test Quiet Task Force"), DialogueFormat.TASK_FORCE,
				DialogueLevel.TECHNICAL, LocalizedText.empty(), null, List.of());
		content.writePage("test-dialogues-page", LocalizedText.of("en", "Test foreign policy"), LocalizedText.empty(),
				LocalizedText.empty(), PublicationStatus.PUBLISHED);
		related.link(new ItemRef(ItemType.DIALOGUE, SERIES), new ItemRef(ItemType.PAGE, "test-dialogues-page"),
				LinkKind.RELATED, null);
		related.link(new ItemRef(ItemType.DIALOGUE, SERIES), new ItemRef(ItemType.DIALOGUE, QUIET), LinkKind.SEE_ALSO,
				null);
	}

	@Test
	void listsSeriesWithPartnersFormatLevelMeetingsAndLastMeeting() {
		Document html = get("/en/dialogues");
		assertThat(html.select("h1").eachText()).containsExactly("Policy dialogues");
		Element table = html.selectFirst("table.data-table");
		assertThat(table.selectFirst("caption")).isNotNull();
		assertThat(table.select("thead th[scope=col]").eachText()).containsExactly("Dialogue series", "Partners",
				"Format", "Level", "Meetings", "Last meeting");
		Element row = row(html, SERIES);
		assertThat(row.select("td").get(0).select("a").eachAttr("href")).containsExactly(
				"/en/partners/test-dialogues-oceania-office", "/en/partners/test-dialogues-pacific-forum");
		assertThat(row.select("td").eachText()).containsExactly("Test Oceania Office Test Pacific Forum", "Dialogue",
				"Senior officials", "3", "June 12, 2024");
		assertThat(row.select("td a[href$=/meetings/2]").attr("href"))
			.isEqualTo("/en/dialogues/" + SERIES + "/meetings/2");
		assertThat(row(html, QUIET).select("td").stream().map(Element::text)).containsExactly("", "Task force",
				"Technical", "0", "None held yet");
	}

	@Test
	void showsASeriesWithItsMeetingsHeldAndPlanned() {
		Document html = get("/en/dialogues/" + SERIES);
		assertThat(html.select("h1").eachText()).containsExactly("Test EU–Oceania Digital Dialogue");
		assertThat(html.selectFirst(".lead").text()).isEqualTo("A yearly dialogue on digital policy.");
		Element facts = html.selectFirst("dl.facts");
		assertThat(facts.text()).contains("Lead unit DG CONNECT F.1", "Format Dialogue", "Level Senior officials");
		assertThat(facts.select("a[href^=/en/partners/]")).hasSize(2);
		Element held = html.selectFirst("section[aria-labelledby=held-heading] table");
		assertThat(held.select("tbody tr").eachText()).containsExactly(
				"Meeting 2 June 12, 2024 Virtual Work plan on AI and 5G agreed.",
				"Meeting 1 June 15, 2023 Brussels Megállapodtak a mesterséges intelligenciáról."
						+ " (Only available in Magyar)");
		assertThat(held.select("tbody tr").get(1).selectFirst("[lang=hu]").text())
			.isEqualTo("Megállapodtak a mesterséges intelligenciáról.");
		Element other = html.selectFirst("section[aria-labelledby=other-heading] table");
		assertThat(other.select("tbody tr").eachText()).containsExactly("Meeting 3 June 1, 2030 Canberra Planned");
		assertThat(other.select("a").attr("href")).isEqualTo("/en/dialogues/" + SERIES + "/meetings/3");
	}

	@Test
	void showsBreadcrumbsRelatedContentAndSeeAlsoOfASeries() {
		Document html = get("/en/dialogues/" + SERIES);
		assertThat(html.select("nav.breadcrumbs li").eachText()).containsExactly("Home", "Policy dialogues",
				"Test EU–Oceania Digital Dialogue");
		assertThat(html.select("section.related a").eachAttr("href")).containsExactly("/en/pages/test-dialogues-page");
		assertThat(html.select("section.see-also a").eachAttr("href")).containsExactly("/en/dialogues/" + QUIET);
	}

	@Test
	void showsAMeetingWithItsTimeZonePlaceTopicsSummaryAndOutcome() {
		Document html = get("/en/dialogues/" + SERIES + "/meetings/2");
		assertThat(html.select("h1").eachText()).containsExactly("Test EU–Oceania Digital Dialogue: meeting 2");
		assertThat(html.select("nav.breadcrumbs li").eachText()).containsExactly("Home", "Policy dialogues",
				"Test EU–Oceania Digital Dialogue", "Meeting 2");
		assertThat(html.select("nav.breadcrumbs a").eachAttr("href")).containsExactly("/en/", "/en/dialogues",
				"/en/dialogues/" + SERIES);
		Element facts = html.selectFirst("dl.facts");
		assertThat(facts.selectFirst("a[href=/en/dialogues/" + SERIES + "]")).isNotNull();
		Element time = facts.selectFirst("time");
		assertThat(time.attr("datetime")).isEqualTo("2024-06-12T09:00+10:00");
		assertThat(time.text()).contains("June 12, 2024", "9:00", "Australia/Sydney");
		assertThat(facts.text()).contains("Place Virtual", "Level Senior officials", "Status Held",
				"Number in the series 2");
		assertThat(html.select("a[href=/en/topics/" + TOPIC + "]").text()).isEqualTo("Test AI");
		assertThat(html.selectFirst("#summary-heading + .prose").text()).isEqualTo("The second dialogue, held online.");
		assertThat(html.selectFirst("#outcome-heading + .prose").text()).isEqualTo("Work plan on AI and 5G agreed.");
	}

	@Test
	void marksAnOutcomeInAnotherLanguage() {
		Document html = get("/en/dialogues/" + SERIES + "/meetings/1");
		Element outcome = html.selectFirst("#outcome-heading + .prose");
		assertThat(outcome.attr("lang")).isEqualTo("hu");
		assertThat(outcome.selectFirst(".fallback-note").text()).isEqualTo("Only available in Magyar");
		assertThat(html.selectFirst("dl.facts").text()).contains("Place Brussels", "Europe/Brussels");
		assertThat(html.select("#summary-heading")).isEmpty();
	}

	@Test
	void speaksHungarianOnHungarianPages() {
		assertThat(get("/hu/dialogues").selectFirst("h1").text()).isEqualTo("Szakpolitikai párbeszédek");
		Document meeting = get("/hu/dialogues/" + SERIES + "/meetings/2");
		assertThat(meeting.selectFirst("h1").text()).isEqualTo("Teszt EU–Óceánia digitális párbeszéd: 2. ülés");
		assertThat(meeting.selectFirst("dl.facts").text()).contains("Megtartva", "Virtuális", "Vezető tisztviselői");
		assertThat(meeting.selectFirst("#outcome-heading").text()).isEqualTo("Eredmény");
		assertThat(meeting.selectFirst("#outcome-heading + .prose").text())
			.isEqualTo("Munkaterv az MI-ről és az 5G-ről.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/en/dialogues/test-dialogues-no-such", "/en/dialogues/" + SERIES + "/meetings/99",
			"/en/dialogues/" + SERIES + "/meetings/0", "/en/dialogues/" + SERIES + "/meetings/two",
			"/en/dialogues/" + SERIES + "/meetings/99999999999", "/en/dialogues/" + QUIET + "/meetings/1" })
	void answersNotFoundForAnUnknownSeriesOrMeeting(String path) {
		assertThat(new PortalClient(port).fetch(path).statusCode()).isEqualTo(404);
	}

	private static Element row(Document html, String slug) {
		return html.selectFirst("tbody tr:has(th a[href$=/dialogues/" + slug + "])");
	}

	private Document get(String path) {
		return new PortalClient(port).get(path);
	}

}
