package org.liaison.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.liaison.common.ItemRef;
import org.liaison.common.ItemType;
import org.liaison.common.LocalizedText;
import org.liaison.content.LinkKind;
import org.liaison.content.RelatedContentService;
import org.liaison.content.ContentService;
import org.liaison.content.NewsItem;
import org.liaison.dialogue.Commitment;
import org.liaison.dialogue.CommitmentService;
import org.liaison.dialogue.DialogueSeries;
import org.liaison.dialogue.DialogueService;
import org.liaison.dialogue.Meeting;
import org.liaison.dialogue.MeetingStatus;
import org.liaison.geography.Country;
import org.liaison.geography.GeographyService;
import org.liaison.geography.Region;
import org.liaison.partner.Agreement;
import org.liaison.partner.Partner;
import org.liaison.partner.PartnerService;
import org.liaison.project.Project;
import org.liaison.project.ProjectFigureService;
import org.liaison.project.ProjectFigures;

import org.springframework.stereotype.Service;

/** Key figures and timelines of partners: the insight module's API. */
@Service
public class InsightService {

	/** Events of each kind a timeline shows at most, so that its size does not grow with the data. */
	static final int EVENTS_PER_KIND = 25;

	private final PartnerService partners;

	private final DialogueService dialogues;

	private final ProjectFigureService projects;

	private final ContentService content;

	private final GeographyService geography;

	private final CommitmentService commitments;

	private final Clock clock;

	private final RelatedContentService related;

	InsightService(PartnerService partners, DialogueService dialogues, ProjectFigureService projects,
			ContentService content, GeographyService geography, CommitmentService commitments,
			RelatedContentService related, java.util.Optional<Clock> clock) {
		this.related = related;
		this.commitments = commitments;
		this.partners = partners;
		this.dialogues = dialogues;
		this.projects = projects;
		this.content = content;
		this.geography = geography;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** The partner's figures, last and next meeting, and timeline, from what is public. */
	public PartnerStory storyOf(Partner partner) {
		return storyOf(partner, true);
	}

	private PartnerStory storyOf(Partner partner, boolean publicOnly) {
		LocalDate today = LocalDate.now(clock);
		ProjectFigures.Scope scope = new ProjectFigures.Scope(countriesOf(partner), today);
		List<DialogueSeries> series = dialogues.seriesWith(partner);
		List<Meeting> meetings = (publicOnly ? dialogues.publicMeetingsOf(series) : dialogues.meetingsOf(series)).values()
			.stream()
			.flatMap(List::stream)
			.toList();
		Meeting last = meetings.stream()
			.filter(m -> m.getStatus() == MeetingStatus.HELD)
			.max(Comparator.comparing(Meeting::getStartsAt))
			.orElse(null);
		Meeting next = meetings.stream()
			.filter(m -> m.getStatus() == MeetingStatus.PLANNED && !m.getStartsAt().toLocalDate().isBefore(today))
			.min(Comparator.comparing(Meeting::getStartsAt))
			.orElse(null);
		List<TimelineEntry> timeline = new ArrayList<>();
		meetings.stream()
			.filter(m -> m.getStatus() != MeetingStatus.CANCELLED)
			.sorted(Comparator.comparing(Meeting::getStartsAt).reversed())
			.limit(EVENTS_PER_KIND)
			.forEach(m -> timeline.add(new TimelineEntry(m.getStartsAt().toLocalDate(), TimelineEntry.Kind.MEETING,
					m.numberedName(), "dialogues/" + m.getSeries().getSlug() + "/meetings/" + m.getSequenceNumber())));
		for (Agreement agreement : partners.agreements(partner)) {
			if (agreement.getSignedOn() != null) {
				timeline.add(new TimelineEntry(agreement.getSignedOn(), TimelineEntry.Kind.AGREEMENT,
						agreement.getTitle(), null));
			}
		}
		for (ProjectFigures.Milestone milestone : projects.milestones(scope, EVENTS_PER_KIND)) {
			timeline.add(new TimelineEntry(milestone.date(),
					milestone.start() ? TimelineEntry.Kind.PROJECT_START : TimelineEntry.Kind.PROJECT_END,
					LocalizedText.neutral(milestone.acronym()), "projects/" + milestone.slug()));
		}
		for (NewsItem news : content.newsAbout(partner, EVENTS_PER_KIND)) {
			timeline.add(new TimelineEntry(news.getPublishedOn(), TimelineEntry.Kind.NEWS, news.getTitle(),
					"news/" + news.getSlug()));
		}
		timeline.sort(Comparator.comparing(TimelineEntry::date).reversed());
		return new PartnerStory(projects.figures(scope), last, next, List.copyOf(timeline));
	}

	/** Projects listed in a briefing at most. */
	static final int BRIEFING_PROJECTS = 30;

	/** The briefing for staff: the public one, plus the partner's open and overdue commitments. */
	public Briefing internalBriefingOf(Partner partner) {
		Briefing briefing = briefingOf(partner, storyOf(partner, false));
		List<Commitment> pending = commitments.ofPartner(partner).stream()
			.filter(c -> c.getStatus().isPending())
			.toList();
		return new Briefing(briefing.partner(), briefing.asOf(), briefing.story(), briefing.projectsByYear(),
				briefing.projects(), briefing.projectsAreActive(), briefing.agreements(), briefing.news(), pending);
	}

	/** Everything a public briefing on the partner holds, as of today. */
	public Briefing briefingOf(Partner partner) {
		return briefingOf(partner, storyOf(partner));
	}

	private Briefing briefingOf(Partner partner, PartnerStory story) {
		LocalDate today = LocalDate.now(clock);
		ProjectFigures.Scope scope = new ProjectFigures.Scope(countriesOf(partner), today);
		List<Project> active = projects.activeProjects(scope, BRIEFING_PROJECTS);
		boolean anyActive = !active.isEmpty();
		return new Briefing(partner, today, story, story.figures().byStartYear(),
				anyActive ? active : projects.latestProjects(scope, BRIEFING_PROJECTS), anyActive,
				partners.agreements(partner), content.newsAbout(partner, 5), null);
	}

	/** Meetings of each kind a dialogue briefing lists at most. */
	static final int DIALOGUE_MEETINGS = 10;

	/** The public briefing on a dialogue: its announced and held meetings, projects and news. */
	@org.springframework.transaction.annotation.Transactional(readOnly = true)
	public DialogueBriefing dialogueBriefingOf(DialogueSeries series) {
		return dialogueBriefingOf(series, true);
	}

	/** The briefing on a dialogue for staff: every meeting, and the pending commitments, overdue first. */
	@org.springframework.transaction.annotation.Transactional(readOnly = true)
	public DialogueBriefing internalDialogueBriefingOf(DialogueSeries series) {
		return dialogueBriefingOf(series, false);
	}

	private DialogueBriefing dialogueBriefingOf(DialogueSeries series, boolean publicOnly) {
		LocalDate today = LocalDate.now(clock);
		List<Meeting> meetings = (publicOnly ? dialogues.publicMeetingsOf(List.of(series))
				: dialogues.meetingsOf(List.of(series))).getOrDefault(series.getId(), List.of());
		List<Meeting> held = meetings.stream()
			.filter(m -> m.getStatus() == MeetingStatus.HELD)
			.limit(DIALOGUE_MEETINGS)
			.toList();
		List<Meeting> upcoming = meetings.stream()
			.filter(m -> m.getStatus() != MeetingStatus.HELD && !m.getStartsAt().toLocalDate().isBefore(today))
			.sorted(Comparator.comparing(Meeting::getStartsAt))
			.limit(DIALOGUE_MEETINGS)
			.toList();
		Set<String> countries = series.getPartners().stream()
			.flatMap(p -> countriesOf(p).stream())
			.collect(Collectors.toSet());
		List<Project> running = projects.activeProjects(new ProjectFigures.Scope(countries, today), BRIEFING_PROJECTS);
		List<Commitment> pending = null;
		if (!publicOnly) {
			pending = commitments.ofSeries(series.getSlug()).stream()
				.filter(c -> c.getStatus().isPending())
				.sorted(Comparator.comparing(Commitment::getDueOn))
				.toList();
		}
		return new DialogueBriefing(series, today, upcoming, held, running,
				related.linksFrom(new ItemRef(ItemType.DIALOGUE, series.getSlug()), LinkKind.RELATED),
				content.newsAbout(series.getPartners(), 5), pending);
	}

	/** A country partner's country; an organisation's, the countries of its regions. */
	Set<String> countriesOf(Partner partner) {
		if (partner.getCountry() != null) {
			return Set.of(partner.getCountry().getCode());
		}
		Collection<Region> regions = partner.getRegions();
		return regions.stream()
			.flatMap(r -> geography.region(r.getCode()).stream())
			.flatMap(r -> r.getCountries().stream())
			.map(Country::getCode)
			.collect(Collectors.toSet());
	}


}
