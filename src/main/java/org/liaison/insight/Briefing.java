package org.liaison.insight;

import java.time.LocalDate;
import java.util.List;

import org.liaison.content.NewsItem;
import org.liaison.dialogue.Commitment;
import org.liaison.partner.Agreement;
import org.liaison.partner.Partner;
import org.liaison.project.Project;
import org.liaison.project.ProjectFigures;

/**
 * Everything a policy officer takes to a meeting with a partner, as of one day.
 *
 * @param partner the partner
 * @param asOf the day the briefing describes
 * @param story key figures, last and next meeting, timeline
 * @param projectsByYear projects started per year, for the chart
 * @param projects the running projects with their funding; when none runs, the latest ones
 * @param projectsAreActive whether {@code projects} are the running ones
 * @param agreements agreements with the partner
 * @param news the latest news about the partner
 * @param commitments open and overdue commitments with the partner; null in the public briefing
 */
public record Briefing(Partner partner, LocalDate asOf, PartnerStory story, List<ProjectFigures.YearCount> projectsByYear,
		List<Project> projects, boolean projectsAreActive, List<Agreement> agreements, List<NewsItem> news,
		List<Commitment> commitments) {

	/** Whether this is the internal briefing, with commitments. */
	public boolean isInternal() {
		return commitments != null;
	}

	/** The largest yearly count, the chart's full scale (at least 1). */
	public long chartMaximum() {
		return Math.max(1, projectsByYear.stream().mapToLong(ProjectFigures.YearCount::projects).max().orElse(1));
	}

	/** A bar's width in 5 % steps (0–20), so that the chart needs no inline style. */
	public int barStep(ProjectFigures.YearCount count) {
		return (int) Math.round(20.0 * count.projects() / chartMaximum());
	}

}
