package org.liaison.dialogue.web;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.liaison.common.LocalizedText;
import org.liaison.dialogue.CommitmentService;
import org.liaison.dialogue.CommitmentService.NewCommitment;
import org.liaison.dialogue.DialogueService;
import org.liaison.dialogue.Meeting;
import org.liaison.dialogue.MeetingStatus;
import org.liaison.dialogue.OwnerSide;
import org.liaison.dialogue.Participant;
import org.liaison.security.AccountService;
import org.liaison.security.Role;
import org.liaison.support.AdminClient;
import org.liaison.support.HtmlChecker;
import org.liaison.support.LiaisonIntegrationTest;
import org.liaison.support.PortalClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back office's meeting form (status, agenda, documents, participants), the "mine" and
 * per-dialogue commitment views, and the partner page's internal counts: participants and counts
 * reach signed-in staff only.
 */
@LiaisonIntegrationTest
// Changes the dialogue data: shares the calendar tests' context, on a series they do not touch.
@TestPropertySource(properties = "liaison.test.context=calendar")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingAdminIntegrationTests {

	static final String SERIES = "eu-japan-digital-partnership";

	static final String DOCUMENT = "council-conclusions-digital4development-2016";

	static final String PASSWORD = "meetings and more meetings";

	/** A name that appears nowhere else, so that any leak of it is found. */
	static final String PARTICIPANT = "Hanako Quetzalcoatl";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	DialogueService dialogues;

	@Autowired
	CommitmentService commitments;

	AdminClient officer;

	PortalClient anonymous;

	int number;

	@BeforeAll
	void recordAMeetingWithParticipants() {
		if (accounts.byUsername("officer-mika").isEmpty()) {
			var account = accounts.create("officer-mika", PASSWORD, Role.OFFICER, false);
			accounts.changeProfile(account.getId(), "Mika Officer", "mika@example.eu");
		}
		officer = new AdminClient(port);
		officer.signIn("officer-mika", PASSWORD);
		anonymous = new PortalClient(port);

		Map<String, String> fields = new LinkedHashMap<>(meetingFields());
		HttpResponse<String> saved = officer.post("/admin/dialogues/" + SERIES + "/meetings",
				withCsrf("/admin/dialogues/" + SERIES + "/meetings/new", fields));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		String location = saved.headers().firstValue("Location").orElseThrow();
		number = Integer.parseInt(location.replaceAll("^.*/meetings/(\\d+)\\?saved$", "$1"));
	}

	Map<String, String> meetingFields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("date", "2025-07-04");
		fields.put("time", "14:30");
		fields.put("timeZone", "Asia/Tokyo");
		fields.put("place", "Tokyo");
		fields.put("status", "PLANNED");
		fields.put("summary", "Third Digital Partnership Council: semiconductors and data flows.");
		fields.put("outcome", "");
		fields.put("participants", PARTICIPANT + "; Vice-Minister; Ministry of Internal Affairs\nJean Dupont;; DG CONNECT\n");
		return fields;
	}

	Map<String, String> withCsrf(String page, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", officer.csrfToken(page));
		return all;
	}

	String admin() {
		return "/admin/dialogues/" + SERIES + "/meetings/" + number;
	}

	@Test
	void officerChangesStatusAgendaDocumentsAndParticipants() {
		Meeting planned = dialogues.meetingForStaff(SERIES, number).orElseThrow();
		assertThat(planned.getParticipants()).containsExactly(
				new Participant(PARTICIPANT, "Vice-Minister", "Ministry of Internal Affairs"),
				new Participant("Jean Dupont", null, "DG CONNECT"));
		assertThat(planned.getStatus()).isEqualTo(MeetingStatus.PLANNED);
		int version = planned.getVersion();

		Document form = officer.page(admin() + "/edit");
		assertThat(form.select("textarea[name=participants]").text()).contains(PARTICIPANT + "; Vice-Minister");
		assertThat(form.select("select[name=status] option[selected]").attr("value")).isEqualTo("PLANNED");
		assertThat(HtmlChecker.errors(officer.get(admin() + "/edit").body())).isEmpty();

		// Form fields repeat (topics, documents): sent as a query string the way a browser sends them.
		HttpResponse<String> changed = officer.post(admin() + "?topics=5g&topics=artificial-intelligence&documents=" + DOCUMENT,
				withCsrf(admin() + "/edit", Map.of("date", "2025-07-04", "time", "14:30", "timeZone", "Asia/Tokyo",
						"place", "Tokyo", "status", "HELD", "summary", "Held in Tokyo.",
						"outcome", "Agreed to cooperate on semiconductors.",
						"participants", PARTICIPANT + "; Vice-Minister; Ministry of Internal Affairs")));
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);

		Meeting held = dialogues.meetingForStaff(SERIES, number).orElseThrow();
		assertThat(held.getStatus()).isEqualTo(MeetingStatus.HELD);
		assertThat(held.getTopics()).extracting(t -> t.getSlug()).containsExactlyInAnyOrder("5g", "artificial-intelligence");
		assertThat(held.getDocuments()).extracting(d -> d.getSlug()).containsExactly(DOCUMENT);
		assertThat(held.getParticipants()).extracting(Participant::name).containsExactly(PARTICIPANT);
		assertThat(held.getVersion()).isGreaterThan(version);

		Document page = officer.page(admin());
		assertThat(page.select("table.participants").text()).contains(PARTICIPANT, "Vice-Minister");
		assertThat(page.select("main").text()).contains("Council conclusions on mainstreaming digital solutions", "5G");

		Document publicPage = anonymous.get("/en/dialogues/" + SERIES + "/meetings/" + number);
		assertThat(publicPage.select("main").text()).contains("Council conclusions on mainstreaming digital solutions",
				"Agreed to cooperate on semiconductors");
	}

	@Test
	void participantsNeverReachPublicPagesFeedsSearchOrPublicBriefings() throws IOException, InterruptedException {
		// Held and public, so that the meeting itself is on every public channel.
		Meeting meeting = dialogues.meetingForStaff(SERIES, number).orElseThrow();
		dialogues.listMeetingPublicly(SERIES, number, true);
		assertThat(anonymous.fetch("/en/dialogues/" + SERIES + "/meetings/" + number).statusCode()).isEqualTo(200);
		List<String> publicPaths = List.of("/en/dialogues/" + SERIES + "/meetings/" + number, "/hu/dialogues/" + SERIES
				+ "/meetings/" + number, "/en/dialogues/" + SERIES, "/en/dialogues", "/en/partners/japan",
				"/en/partners/japan/briefing", "/calendar.ics", "/calendar/partners/japan.ics",
				"/calendar/dialogues/" + SERIES + ".ics", "/sitemap.xml");
		for (String path : publicPaths) {
			HttpResponse<String> response = anonymous.fetch(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.body()).as(path).doesNotContain("Quetzalcoatl").doesNotContain("Vice-Minister");
		}
		// the search echoes the query: what counts is that nothing is found
		for (String query : List.of("Quetzalcoatl", "Hanako")) {
			assertThat(anonymous.fetch("/api/v1/search?q=" + query).body()).as(query).contains("\"total\":0");
		}
		assertThat(anonymous.fetch("/api/v1/search?q=semiconductors").body()).doesNotContain("\"total\":0");
		// the meeting is there, its participants not
		assertThat(anonymous.fetch("/calendar/dialogues/" + SERIES + ".ics").body()).contains(SERIES + "-" + number + "@");
		byte[] pdf = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
					+ "/en/partners/japan/briefing.pdf")).build(), HttpResponse.BodyHandlers.ofByteArray())
			.body();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).doesNotContain("Quetzalcoatl");
		}
		assertThat(meeting.getSeries().getSlug()).isEqualTo(SERIES);
	}

	@Test
	void wrongParticipantLineIsNamedAndNothingIsChanged() {
		Map<String, String> fields = new LinkedHashMap<>(meetingFields());
		fields.put("participants", "Good Person; Director; DG CONNECT\n; Adviser; nobody");
		HttpResponse<String> refused = officer.post(admin(), withCsrf(admin() + "/edit", fields));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(org.jsoup.Jsoup.parse(refused.body()).select(".error-summary").text()).contains("line 2");
		assertThat(org.jsoup.Jsoup.parse(refused.body()).select("textarea[name=participants]").text()).contains("Good Person");
		assertThat(dialogues.meetingForStaff(SERIES, number).orElseThrow().getParticipants())
			.extracting(Participant::name).doesNotContain("Good Person");
	}

	@Test
	void mineListsTheOfficersOwnCommitmentsAndPerDialogueViewThoseOfOneSeries() {
		LocalDate today = commitments.today();
		commitments.recordCommitment(SERIES, number, new NewCommitment(LocalizedText.of("en", "Send the chip supply map"),
				OwnerSide.EU, "Mika Officer", "MIKA@example.eu", today.plusDays(5), List.of(), null, "officer-mika"));
		commitments.recordCommitment(SERIES, number, new NewCommitment(LocalizedText.of("en", "Host the data flows workshop"),
				OwnerSide.PARTNER, "Japanese ministry", "someone.else@example.jp", today.minusDays(2), List.of(), null,
				"officer-mika"));

		Document mine = officer.page("/admin/commitments?view=mine");
		assertThat(mine.select("main").text()).contains("Send the chip supply map", "mika@example.eu")
			.doesNotContain("Host the data flows workshop");
		Document ofDialogue = officer.page("/admin/commitments?view=dialogue&dialogue=" + SERIES);
		assertThat(ofDialogue.select("main table").text()).contains("Send the chip supply map", "Host the data flows workshop")
			.doesNotContain("AI Act");
		assertThat(officer.get("/admin/commitments?view=dialogue&dialogue=atlantis").statusCode()).isEqualTo(404);
		assertThat(HtmlChecker.errors(officer.get("/admin/commitments?view=mine").body())).isEmpty();

		// Internal counts on the partner page: staff only, never cached for others.
		HttpResponse<String> staffPage = officer.get("/en/partners/japan");
		Document staff = org.jsoup.Jsoup.parse(staffPage.body());
		assertThat(staff.select(".internal-figures").text()).contains("open commitments", "of them overdue");
		assertThat(staff.select(".internal-figures .figure").eachText()).hasSize(2)
			.allSatisfy(figure -> assertThat(Integer.parseInt(figure)).isGreaterThanOrEqualTo(1));
		assertThat(staffPage.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
		// the dialogue's briefing: commitments for staff only
		Document internal = officer.page("/admin/dialogues/" + SERIES + "/briefing");
		assertThat(internal.select("#commitments").text()).contains("Send the chip supply map", "Host the data flows workshop",
				"1 of them is overdue");
		assertThat(anonymous.get("/en/dialogues/" + SERIES + "/briefing").select("main").text())
			.doesNotContain("Send the chip supply map");
		HttpResponse<String> publicPage = anonymous.fetch("/en/partners/japan");
		assertThat(publicPage.body()).doesNotContain("internal-figures").doesNotContain("open commitments")
			.doesNotContain("/admin/");
	}

}
