package org.liaison.insight;

import java.util.List;

import org.liaison.dialogue.Meeting;
import org.liaison.project.ProjectFigures;

/**
 * A partner's relationship with the EU in figures and in time.
 *
 * @param figures what the projects with the partner add up to
 * @param lastMeeting the latest meeting held, or null
 * @param nextMeeting the next planned meeting, or null
 * @param timeline the events, newest first
 */
public record PartnerStory(ProjectFigures figures, Meeting lastMeeting, Meeting nextMeeting,
		List<TimelineEntry> timeline) {

	public List<TimelineEntry> timeline(TimelineEntry.Kind kind) {
		return (kind == null) ? timeline : timeline.stream().filter(e -> e.kind() == kind).toList();
	}

}
