package org.liaison.exchange.calendar;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.liaison.common.LocalizedText;
import org.liaison.dialogue.Commitment;
import org.liaison.dialogue.CommitmentService;
import org.liaison.dialogue.CommitmentService.NewCommitment;
import org.liaison.dialogue.CommitmentStatus;
import org.liaison.dialogue.DialogueService;
import org.liaison.dialogue.MeetingStatus;
import org.liaison.dialogue.OwnerSide;
import org.liaison.security.AccountService;
import org.liaison.security.Role;
import org.liaison.support.AdminClient;
import org.liaison.support.HtmlChecker;
import org.liaison.support.LiaisonIntegrationTest;
import org.liaison.support.PortalClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff member's personal calendar: made and revoked in the back office, stored as a hash, read
 * back with ical4j: unannounced meetings and own commitments, time zones, stable UIDs, SEQUENCE.
 */
@LiaisonIntegrationTest
// Adds meetings and commitments: the calendar tests' context, on a series the others leave alone.
@TestPropertySource(properties = "liaison.test.context=calendar")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalCalendarIntegrationTests {

	static final String SERIES = "eu-us-trade-and-technology-council";

	static final String PASSWORD = "my calendar is mine alone";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	DialogueService dialogues;

	@Autowired
	CommitmentService commitments;

	@Autowired
	JdbcTemplate jdbc;

	AdminClient officer;

	@BeforeAll
	void signIn() {
		if (accounts.byUsername("officer-cal").isEmpty()) {
			var account = accounts.create("officer-cal", PASSWORD, Role.OFFICER, false);
			accounts.changeProfile(account.getId(), "Cal Officer", "cal@example.eu");
		}
		officer = new AdminClient(port);
		officer.signIn("officer-cal", PASSWORD);
	}

	@Test
	void personalFeedHoldsUnannouncedMeetingsAndOwnCommitmentsAndDiesWhenRevoked() throws Exception {
		int number = dialogues.recordMeeting(SERIES, 0,
				ZonedDateTime.of(LocalDateTime.of(2031, 3, 4, 9, 0), ZoneId.of("America/New_York")), "Washington",
				false, MeetingStatus.PLANNED, LocalizedText.of("en", "Closed-door preparations"), LocalizedText.empty(),
				List.of()).getSequenceNumber();
		String meetingUid = SERIES + "-" + number + "@liaison.meetings";
		Commitment mine = commitments.recordCommitment(SERIES, number, new NewCommitment(
				LocalizedText.of("en", "Draft the joint statement"), OwnerSide.EU, "Cal Officer", "cal@example.eu",
				LocalDate.of(2031, 2, 20), List.of(), null, "officer-cal"));
		Commitment theirs = commitments.recordCommitment(SERIES, number, new NewCommitment(
				LocalizedText.of("en", "Book the rooms"), OwnerSide.EU, "Someone", "someone@example.eu",
				LocalDate.of(2031, 2, 21), List.of(), null, "officer-cal"));

		assertThat(HtmlChecker.errors(officer.get("/account/calendar").body())).isEmpty();
		HttpResponse<String> created = officer.post("/account/calendar", Map.of("_csrf", officer.csrfToken("/account/calendar")));
		assertThat(created.statusCode()).isEqualTo(302);
		String url = officer.page("/account/calendar?created").select("input#feed-url").attr("value");
		assertThat(url).matches("http://localhost:\\d+/calendar/personal/[A-Za-z0-9_-]{43}\\.ics");
		String token = url.replaceAll("^.*/calendar/personal/(.*)\\.ics$", "$1");
		String path = "/calendar/personal/" + token + ".ics";
		// only the hash is stored
		assertThat(jdbc.queryForList("select token_sha256 from calendar_token", String.class))
			.contains(CalendarTokens.sha256(token))
			.doesNotContain(token);
		// shown once: the page does not show it again
		assertThat(officer.page("/account/calendar").select("input#feed-url")).isEmpty();

		PortalClient anyone = new PortalClient(port);
		Calendar calendar = parse(anyone.fetch(path));
		VEvent meeting = event(calendar, meetingUid);
		assertThat(ZonedDateTime.from(meeting.getDateTimeStart().getDate()))
			.isEqualTo(ZonedDateTime.of(2031, 3, 4, 9, 0, 0, 0, ZoneId.of("America/New_York")));
		assertThat(meeting.getDateTimeStart().getParameter("TZID").map(Object::toString))
			.hasValueSatisfying(tzid -> assertThat(tzid).contains("America/New_York"));
		assertThat(calendar.<VTimeZone>getComponents(VTimeZone.VTIMEZONE))
			.anySatisfy(zone -> assertThat(zone.getTimeZoneId().getValue()).isEqualTo("America/New_York"));
		assertThat(property(meeting, Property.URL)).endsWith("/admin/dialogues/" + SERIES + "/meetings/" + number);
		// not announced: in the personal feed only
		assertThat(anyone.fetch("/calendar.ics").body()).doesNotContain(meetingUid);

		VEvent due = event(calendar, "commitment-" + mine.getId() + "@liaison.commitments");
		assertThat(LocalDate.from(due.getDateTimeStart().getDate())).isEqualTo(LocalDate.of(2031, 2, 20));
		assertThat(property(due, Property.SUMMARY)).isEqualTo("Due: Draft the joint statement");
		assertThat(find(calendar, "commitment-" + theirs.getId() + "@liaison.commitments")).isEmpty();
		var validation = calendar.validate();
		assertThat(validation.hasErrors()).as(validation.toString()).isFalse();

		// a change keeps the UID and raises the SEQUENCE
		int meetingSequence = Integer.parseInt(property(meeting, Property.SEQUENCE));
		int dueSequence = Integer.parseInt(property(due, Property.SEQUENCE));
		dialogues.rescheduleMeeting(SERIES, number,
				ZonedDateTime.of(LocalDateTime.of(2031, 3, 5, 15, 0), ZoneId.of("America/New_York")), "New York", false);
		commitments.updateCommitment(mine.getId(), CommitmentStatus.IN_PROGRESS, "first draft", "officer-cal");
		Calendar changed = parse(anyone.fetch(path));
		assertThat(Integer.parseInt(property(event(changed, meetingUid), Property.SEQUENCE))).isGreaterThan(meetingSequence);
		assertThat(property(event(changed, meetingUid), Property.LOCATION)).isEqualTo("New York");
		assertThat(Integer.parseInt(property(event(changed, "commitment-" + mine.getId() + "@liaison.commitments"),
				Property.SEQUENCE))).isGreaterThan(dueSequence);

		// the user's language
		officer.post("/account/language", Map.of("language", "hu", "_csrf", officer.csrfToken("/account/calendar")));
		assertThat(property(event(parse(anyone.fetch(path)), "commitment-" + mine.getId() + "@liaison.commitments"),
				Property.SUMMARY)).startsWith("Határidő:");

		HttpResponse<String> revoked = officer.post("/account/calendar/revoke",
				Map.of("_csrf", officer.csrfToken("/account/calendar")));
		assertThat(revoked.statusCode()).isEqualTo(302);
		assertThat(anyone.fetch(path).statusCode()).isEqualTo(404);
		assertThat(anyone.fetch("/calendar/personal/not-a-token.ics").statusCode()).isEqualTo(404);
	}

	@Test
	void aNewLinkReplacesTheOldOne() {
		officer.post("/account/calendar", Map.of("_csrf", officer.csrfToken("/account/calendar")));
		String first = officer.page("/account/calendar?created").select("input#feed-url").attr("value");
		officer.post("/account/calendar", Map.of("_csrf", officer.csrfToken("/account/calendar")));
		String second = officer.page("/account/calendar?created").select("input#feed-url").attr("value");
		assertThat(second).isNotEqualTo(first);
		PortalClient anyone = new PortalClient(port);
		assertThat(anyone.fetch(first.substring(first.indexOf("/calendar/"))).statusCode()).isEqualTo(404);
		assertThat(anyone.fetch(second.substring(second.indexOf("/calendar/"))).statusCode()).isEqualTo(200);
		assertThat(jdbc.queryForObject("select count(*) from calendar_token where username = 'officer-cal' and revoked_at is null",
				Integer.class)).isEqualTo(1);
	}

	private static Calendar parse(HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
		return new CalendarBuilder().build(new StringReader(response.body()));
	}

	private static VEvent event(Calendar calendar, String uid) {
		return find(calendar, uid).orElseThrow(() -> new AssertionError("No event " + uid + " in\n" + calendar));
	}

	private static Optional<VEvent> find(Calendar calendar, String uid) {
		return calendar.<VEvent>getComponents(VEvent.VEVENT)
			.stream()
			.filter(e -> e.getUid().map(u -> u.getValue().equals(uid)).orElse(false))
			.findFirst();
	}

	private static String property(VEvent event, String name) {
		return event.getProperty(name).map(Property::getValue).orElseThrow(() -> new AssertionError("No " + name));
	}

}
