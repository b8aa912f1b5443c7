package org.liaison.exchange.opendata;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import org.liaison.dialogue.Meeting;
import org.liaison.taxonomy.Term;

/**
 * One public meeting of a dialogue as open data.
 *
 * @param startsAt ISO 8601 with the offset of its place ({@code 2025-06-03T10:00:00+10:00})
 * @param timeZone the IANA zone of the place
 * @param topics slugs of the terms it is about
 */
record MeetingRecord(String dialogue, int number, String startsAt, String timeZone, String place, boolean virtual,
		String level, String status, List<String> topics, String url) implements ExportRecord {

	static final String[] COLUMNS = { "dialogue", "number", "starts_at", "time_zone", "place", "virtual", "level",
			"status", "topics", "url" };

	static MeetingRecord of(Meeting meeting, ExportQuery query) {
		String series = meeting.getSeries().getSlug();
		return new MeetingRecord(series, meeting.getSequenceNumber(),
				DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(meeting.getStartsAt()),
				meeting.getStartsAt().getZone().getId(), meeting.getPlace(), meeting.isVirtual(),
				DialogueRecord.lower(meeting.getLevel()), DialogueRecord.lower(meeting.getStatus()),
				meeting.getTopics().stream().map(Term::getSlug).sorted().toList(),
				query.url("dialogues/" + series + "/meetings/" + meeting.getSequenceNumber()));
	}

	@Override
	public List<Object> csvRow() {
		return Arrays.asList(dialogue, number, startsAt, timeZone, place, virtual, level, status,
				ExportRecord.joined(topics), url);
	}

}
