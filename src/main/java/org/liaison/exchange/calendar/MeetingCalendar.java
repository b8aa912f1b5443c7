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
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Liaison//Meetings//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new XProperty("X-WR-CALNAME", name));
		TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
		Set<String> zoneIds = new LinkedHashSet<>();
		for (Meeting meeting : meetings) {
			calendar.add(event(meeting, language, baseUrl, virtualWord));
			zoneIds.add(meeting.getStartsAt().getZone().getId());
		}
		for (String zoneId : zoneIds) {
			net.fortuna.ical4j.model.TimeZone zone = zones.getTimeZone(zoneId);
			if (zone != null) {
				calendar.add(zone.getVTimeZone());
			}
		}
		return calendar;
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
