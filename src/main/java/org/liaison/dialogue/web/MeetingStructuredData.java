package org.liaison.dialogue.web;

import java.time.format.DateTimeFormatter;

import org.liaison.common.web.PageContext;
import org.liaison.common.web.StructuredData;
import org.liaison.common.web.StructuredData.Node;
import org.liaison.dialogue.DialogueSeries;
import org.liaison.dialogue.Meeting;
import org.liaison.dialogue.MeetingStatus;

/**
 * A meeting page's schema.org JSON-LD: an {@code Event} with its start (with the place's offset),
 * its status, a {@code Place} or a {@code VirtualLocation}, and its dialogue series as the super-event.
 */
public final class MeetingStructuredData {

	private MeetingStructuredData() {
	}

	public static String of(Meeting meeting, String title, PageContext page) {
		DialogueSeries series = meeting.getSeries();
		String url = page.baseUrl() + page.url("dialogues/" + series.getSlug() + "/meetings/" + meeting.getSequenceNumber());
		Node location = meeting.isVirtual()
				? StructuredData.node("VirtualLocation").put("name", meeting.getPlace()).put("url", url)
				: StructuredData.node("Place").put("name", meeting.getPlace());
		Node node = StructuredData.node("Event")
			.put("@id", url)
			.put("url", url)
			.put("name", title)
			.text("description", meeting.getSummary(), page.language())
			.put("startDate", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(meeting.getStartsAt()))
			.put("eventStatus", "https://schema.org/" + status(meeting.getStatus()))
			.put("eventAttendanceMode", "https://schema.org/"
					+ (meeting.isVirtual() ? "OnlineEventAttendanceMode" : "OfflineEventAttendanceMode"))
			.put("location", location)
			.put("superEvent", StructuredData.node("EventSeries")
				.text("name", series.getName(), page.language())
				.put("url", page.baseUrl() + page.url("dialogues/" + series.getSlug())));
		return StructuredData.script(node);
	}

	static String status(MeetingStatus status) {
		return switch (status) {
			case PLANNED, HELD -> "EventScheduled";
			case POSTPONED -> "EventPostponed";
			case CANCELLED -> "EventCancelled";
		};
	}

}
