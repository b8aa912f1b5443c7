package org.liaison.exchange.calendar;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.liaison.dialogue.Commitment;
import org.liaison.dialogue.Meeting;

/**
 * Meetings as an iCalendar (RFC 5545) feed. Each meeting keeps one UID for life, built from its
 * series and number, and its SEQUENCE is the meeting's revision, so calendar clients update the
 * event they already have when a meeting changes.
 */
final class MeetingCalendar {

	static final String UID_DOMAIN = "liaison.meetings";

	private MeetingCalendar() {
	}

	/**
	 * @param name the feed's name, shown by calendar clients
	 * @param language the language summaries and descriptions are written in (with fallback)
	 * @param baseUrl scheme, host and port of the portal, for the events' links
	 */
	static Calendar of(String name, List<Meeting> meetings, String language, String baseUrl, String virtualWord) {
		return calendar(name, meetings, List.of(), language, baseUrl, virtualWord, null, false);
	}

	/**
	 * A staff member's own calendar: every meeting (planned and unannounced ones too), linked to the
	 * back office, and the due dates of the commitments they own, as all-day events.
	 *
	 * @param dueWord the prefix of a commitment's summary ("Due: "), in the reader's language
	 */
	static Calendar personal(String name, List<Meeting> meetings, List<Commitment> commitments, String language,
			String baseUrl, String virtualWord, String dueWord) {
		return calendar(name, meetings, commitments, language, baseUrl, virtualWord, dueWord, true);
	}

	private static Calendar calendar(String name, List<Meeting> meetings, List<Commitment> commitments,
			String language, String baseUrl, String virtualWord, String dueWord, boolean internal) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Liaison//Meetings//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new XProperty("X-WR-CALNAME", name));
		TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
		Set<String> zoneIds = new LinkedHashSet<>();
		for (Meeting meeting : meetings) {
			VEvent event = event(meeting, language, baseUrl, virtualWord);
			if (internal) {
				event.replace(new Url(URI.create(baseUrl + adminPath(meeting))));
			}
			calendar.add(event);
			zoneIds.add(meeting.getStartsAt().getZone().getId());
		}
		for (Commitment commitment : commitments) {
			calendar.add(dueDate(commitment, language, baseUrl, dueWord));
		}
		for (String zoneId : zoneIds) {
			net.fortuna.ical4j.model.TimeZone zone = zones.getTimeZone(zoneId);
			if (zone != null) {
				calendar.add(zone.getVTimeZone());
			}
		}
		return calendar;
	}

	static String uid(Commitment commitment) {
		return "commitment-" + commitment.getId() + "@liaison.commitments";
	}

	private static String adminPath(Meeting meeting) {
		return "/admin/dialogues/" + meeting.getSeries().getSlug() + "/meetings/" + meeting.getSequenceNumber();
	}

	/** A commitment's due date as an all-day event; its SEQUENCE is the commitment's revision. */
	private static VEvent dueDate(Commitment commitment, String language, String baseUrl, String dueWord) {
		VEvent event = new VEvent(commitment.getDueOn(), dueWord + commitment.getText().textFor(language));
		event.add(new Uid(uid(commitment)));
		event.add(new Sequence(commitment.getVersion()));
		event.add(new Description(commitment.getMeeting().numberedName().textFor(language) + " — "
				+ commitment.getOwnerName()));
		event.add(new Url(URI.create(baseUrl + adminPath(commitment.getMeeting()) + "#commitment-" + commitment.getId())));
		event.add(new Status(Status.VALUE_CONFIRMED));
		return event;
	}

	static String uid(Meeting meeting) {
		return meeting.getSeries().getSlug() + "-" + meeting.getSequenceNumber() + "@" + UID_DOMAIN;
	}

	private static VEvent event(Meeting meeting, String language, String baseUrl, String virtualWord) {
		VEvent event = new VEvent(meeting.getStartsAt(), meeting.numberedName().textFor(language));
		event.add(new Uid(uid(meeting)));
		event.add(new Sequence(meeting.getVersion()));
		event.add(new Location(meeting.isVirtual() ? virtualWord : meeting.getPlace()));
		event.add(new Url(URI.create(baseUrl + "/" + language + "/dialogues/" + meeting.getSeries().getSlug()
				+ "/meetings/" + meeting.getSequenceNumber())));
		String outcome = meeting.getOutcome().textFor(language);
		String summary = meeting.getSummary().textFor(language);
		String description = (outcome.isEmpty() ? summary : outcome);
		if (!description.isEmpty()) {
			event.add(new Description(description));
		}
		event.add(switch (meeting.getStatus()) {
			case CANCELLED -> new Status(Status.VALUE_CANCELLED);
			case PLANNED, POSTPONED -> new Status(Status.VALUE_TENTATIVE);
			case HELD -> new Status(Status.VALUE_CONFIRMED);
		});
		return event;
	}


}
