package org.liaison.dialogue;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * Everything the back office records about a meeting at once: when and where, its status, the
 * English summary and outcome (other languages are kept), whether a planned meeting is announced,
 * its agenda, participants and attached documents.
 *
 * @param place where it is held; ignored when {@code virtual}
 * @param topicSlugs agenda topics, slugs of theme terms
 * @param documentSlugs attached documents, slugs of published documents
 * @param participants who took part (staff only)
 */
public record MeetingDetails(ZonedDateTime startsAt, String place, boolean virtual, MeetingStatus status,
		String summary, String outcome, boolean publiclyListed, List<String> topicSlugs, List<String> documentSlugs,
		List<Participant> participants) {

	public MeetingDetails {
		if (startsAt == null) {
			throw new IllegalArgumentException("startsAt: a meeting needs a date and time");
		}
		if (status == null) {
			throw new IllegalArgumentException("status: a meeting needs a status");
		}
		summary = (summary == null) ? "" : summary.strip();
		outcome = (outcome == null) ? "" : outcome.strip();
		topicSlugs = (topicSlugs == null) ? List.of() : List.copyOf(topicSlugs);
		documentSlugs = (documentSlugs == null) ? List.of() : List.copyOf(documentSlugs);
		participants = (participants == null) ? List.of() : List.copyOf(participants);
	}

}
