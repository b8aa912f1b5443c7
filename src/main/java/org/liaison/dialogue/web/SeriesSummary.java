package org.liaison.dialogue.web;

import java.util.List;

import org.liaison.dialogue.DialogueSeries;
import org.liaison.dialogue.Meeting;
import org.liaison.dialogue.MeetingStatus;
import org.liaison.partner.Partner;

/**
 * One line of the list of dialogues (public for the template).
 *
 * @param series the dialogue series
 * @param partners its partners, by name
 * @param meetingCount how many meetings it has had or planned
 * @param lastMeeting the latest meeting held, or {@code null}
 */
public record SeriesSummary(DialogueSeries series, List<Partner> partners, int meetingCount, Meeting lastMeeting) {

	/** The summary of a series from its meetings, latest first. */
	static SeriesSummary of(DialogueSeries series, List<Partner> partners, List<Meeting> meetings) {
		return new SeriesSummary(series, partners, meetings.size(),
				meetings.stream().filter(m -> m.getStatus() == MeetingStatus.HELD).findFirst().orElse(null));
	}

}
