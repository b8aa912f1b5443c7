package org.liaison.exchange.calendar;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.common.LocalizedText;
import org.liaison.dialogue.DialogueService;
import org.liaison.dialogue.MeetingStatus;
import org.liaison.support.LiaisonIntegrationTest;
import org.liaison.support.PortalClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The public iCalendar feeds, read back with ical4j as a calendar client would. */
@LiaisonIntegrationTest
// Adds and changes meetings: a context of its own.
@TestPropertySource(properties = "liaison.test.context=calendar")
class CalendarIntegrationTests {

	static final String DIALOGUE = "eu-australia-digital-dialogue";

	@LocalServerPort
	int port;

	@Autowired
	DialogueService dialogues;

	PortalClient http;

	@BeforeEach
	void setUp() {
		http = new PortalClient(port);
	}

	@Test
	void heldMeetingIsAnEventInItsOwnTimeZone() throws Exception {
		Calendar calendar = feed("/calendar.ics");
		VEvent meeting = event(calendar, DIALOGUE + "-2@liaison.meetings");
		Temporal start = meeting.getDateTimeStart().getDate();
		assertThat(ZonedDateTime.from(start)).isEqualTo(ZonedDateTime.of(2024, 6, 12, 10, 0, 0, 0, ZoneId.of("Europe/Brussels")));
		assertThat(property(meeting, Property.SUMMARY)).isEqualTo("EU–Australia Digital Dialogue (2)");
		assertThat(property(meeting, Property.LOCATION)).isEqualTo("Virtual meeting");
		assertThat(property(meeting, Property.STATUS)).isEqualTo("CONFIRMED");
		assertThat(property(meeting, Property.URL)).endsWith("/en/dialogues/" + DIALOGUE + "/meetings/2");
		assertThat(calendar.getComponents(VTimeZone.VTIMEZONE)).isNotEmpty();
		var validation = calendar.validate();
		assertThat(validation.hasErrors()).as(validation.toString()).isFalse();
	}

	@Test
	void feedsPerPartnerAndDialogueInTheReadersLanguage() throws Exception {
		VEvent hungarian = event(feed("/calendar/partners/australia.ics?lang=hu"), DIALOGUE + "-2@liaison.meetings");
		assertThat(property(hungarian, Property.LOCATION)).isEqualTo("Virtuális ülés");
		assertThat(feed("/calendar/dialogues/" + DIALOGUE + ".ics").<VEvent>getComponents(VEvent.VEVENT))
			.isNotEmpty()
			.allSatisfy(e -> assertThat(e.getUid().orElseThrow().getValue()).startsWith(DIALOGUE + "-"));
		assertThat(feed("/calendar/dialogues/eu-us-trade-and-technology-council.ics").<VEvent>getComponents(VEvent.VEVENT))
			.noneSatisfy(e -> assertThat(e.getUid().orElseThrow().getValue()).startsWith(DIALOGUE + "-"));
		assertThat(feed("/calendar/partners/kenya.ics").getComponents(VEvent.VEVENT)).isEmpty();
		assertThat(http.fetch("/calendar/partners/atlantis.ics").statusCode()).isEqualTo(404);
		assertThat(http.fetch("/calendar.ics?lang=xx").statusCode()).isEqualTo(404);
	}

	@Test
	void plannedMeetingsAppearOnceAnnouncedAndKeepTheirUidWhenMoved() throws Exception {
		dialogues.recordMeeting(DIALOGUE, 3, ZonedDateTime.of(LocalDateTime.of(2031, 5, 20, 9, 30), ZoneId.of("Australia/Sydney")),
				"Canberra", false, MeetingStatus.PLANNED, LocalizedText.of("en", "Quokkaconference preparations"),
				LocalizedText.empty(), List.of());
		String uid = DIALOGUE + "-3@liaison.meetings";
		assertThat(find(feed("/calendar.ics"), uid)).isEmpty();
		// Not announced: nowhere on the public portal either.
		assertThat(http.fetch("/en/dialogues/" + DIALOGUE + "/meetings/3").statusCode()).isEqualTo(404);
		assertThat(http.get("/en/dialogues/" + DIALOGUE).select("a[href$=/meetings/3]")).isEmpty();
		assertThat(http.get("/en/partners/australia").select("a[href$=/meetings/3]")).isEmpty();
		assertThat(http.fetch("/api/v1/search?q=quokkaconference").body()).contains("\"total\":0");

		dialogues.listMeetingPublicly(DIALOGUE, 3, true);
		assertThat(http.fetch("/en/dialogues/" + DIALOGUE + "/meetings/3").statusCode()).isEqualTo(200);
		assertThat(http.get("/en/partners/australia").select(".dialogue a[href$=/meetings/3]")).isNotEmpty();
		assertThat(http.fetch("/api/v1/search?q=quokkaconference").body()).contains("\"total\":1");
		VEvent announced = event(feed("/calendar.ics"), uid);
		int firstSequence = Integer.parseInt(property(announced, Property.SEQUENCE));
		assertThat(property(announced, Property.STATUS)).isEqualTo("TENTATIVE");
		assertThat(announced.getDateTimeStart().getParameter("TZID").map(Object::toString))
			.hasValueSatisfying(tzid -> assertThat(tzid).contains("Australia/Sydney"));

		dialogues.rescheduleMeeting(DIALOGUE, 3,
				ZonedDateTime.of(LocalDateTime.of(2031, 5, 21, 14, 0), ZoneId.of("Australia/Sydney")), "Sydney", false);
		VEvent moved = event(feed("/calendar.ics"), uid);
		assertThat(Integer.parseInt(property(moved, Property.SEQUENCE))).isGreaterThan(firstSequence);
		assertThat(property(moved, Property.LOCATION)).isEqualTo("Sydney");
		assertThat(ZonedDateTime.from(moved.getDateTimeStart().getDate()).toLocalDateTime())
			.isEqualTo(LocalDateTime.of(2031, 5, 21, 14, 0));
	}

	private Calendar feed(String path) throws Exception {
		HttpResponse<String> response = http.fetch(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
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
