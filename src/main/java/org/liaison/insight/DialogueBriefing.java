package org.liaison.insight;

import java.time.LocalDate;
import java.util.List;

import org.liaison.common.ItemSummary;
import org.liaison.content.NewsItem;
import org.liaison.dialogue.Commitment;
import org.liaison.dialogue.DialogueSeries;
import org.liaison.dialogue.Meeting;
import org.liaison.project.Project;

/**
 * Everything a policy officer takes to the next meeting of a dialogue, as of one day.
 *
 * @param series the dialogue series, with its partners
 * @param asOf the day the briefing describes
 * @param upcoming meetings still to come, soonest first
 * @param held meetings held, newest first, with their outcomes
 * @param projects projects running with the dialogue's partners, latest start first
 * @param related content linked to the dialogue (projects, documents, pages…)
 * @param news the latest news about the dialogue's partners
 * @param commitments pending commitments of the dialogue, overdue first; null in the public briefing
 */
public record DialogueBriefing(DialogueSeries series, LocalDate asOf, List<Meeting> upcoming, List<Meeting> held,
		List<Project> projects, List<ItemSummary> related, List<NewsItem> news, List<Commitment> commitments) {

	/** Whether this is the internal briefing, with commitments. */
	public boolean isInternal() {
		return commitments != null;
	}

	/** How many of the pending commitments are past their due date. */
	public long overdueCount() {
		return (commitments == null) ? 0 : commitments.stream().filter(c -> c.isOverdue(asOf)).count();
	}

}
