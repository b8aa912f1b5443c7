package org.liaison.project;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hibernate.Hibernate;

import org.liaison.common.LocalizedText;
import org.liaison.common.Money;
import org.liaison.geography.Country;
import org.liaison.geography.GeographyService;
import org.liaison.project.internal.BudgetLineRepository;
import org.liaison.project.internal.OrganisationRepository;
import org.liaison.project.internal.ProgrammeRepository;
import org.liaison.project.internal.ProjectImportWriter;
import org.liaison.project.internal.ProjectQueries;
import org.liaison.project.internal.ProjectRepository;
import org.liaison.taxonomy.TaxonomyService;
import org.liaison.taxonomy.Vocabulary;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Programmes, projects, organisations and participations: the project module's API. */
@Service
@Transactional(readOnly = true)
public class ProjectService {

	/** Projects on one page of a list. */
	public static final int PAGE_SIZE = 20;

	private final ProjectRepository projects;

	private final ProjectQueries queries;

	private final ProgrammeRepository programmes;

	private final BudgetLineRepository budgetLines;

	private final OrganisationRepository organisations;

	private final GeographyService geography;

	private final TaxonomyService taxonomy;

	private final ProjectImportWriter importWriter;

	ProjectService(ProjectRepository projects, ProjectQueries queries, ProgrammeRepository programmes,
			BudgetLineRepository budgetLines, OrganisationRepository organisations, GeographyService geography,
			TaxonomyService taxonomy, ProjectImportWriter importWriter) {
		this.importWriter = importWriter;
		this.projects = projects;
		this.queries = queries;
		this.programmes = programmes;
		this.budgetLines = budgetLines;
		this.organisations = organisations;
		this.geography = geography;
		this.taxonomy = taxonomy;
	}

	/** The project, if its profile is published. */
	public Optional<Project> project(String slug) {
		return projects.findPublishedBySlug(slug);
	}

	/** The project in any status, for staff and the API's writes. */
	public Optional<Project> anyProject(String slug) {
		return projects.findBySlug(slug);
	}

	/** A page (counted from 1) of the projects that match the filter, newest first. */
	public ProjectPage find(ProjectFilter filter, int page) {
		return find(filter, page, PAGE_SIZE);
	}

	public ProjectPage find(ProjectFilter filter, int page, int size) {
		if (page < 1) {
			throw new IllegalArgumentException("Page numbers start at 1, not " + page);
		}
		return queries.find(filter, page, size);
	}

	/**
	 * The id of the project at this position (from 0) in {@link #findAfter} order: where to resume
	 * when the first {@code position} projects are to be skipped (one index scan, no rows loaded).
	 */
	public Optional<Long> projectIdAt(long position) {
		return queries.idAt(position);
	}

	/**
	 * The next {@code size} organisations after {@code afterId} ({@code null}: the first ones), in id
	 * order, with their country loaded; only those of one country when {@code countryCode} is given.
	 */
	public List<Organisation> organisationsAfter(String countryCode, Long afterId, int size) {
		return organisations.findAfter(countryCode, (afterId == null) ? 0L : afterId,
				org.springframework.data.domain.Limit.of(size));
	}

	/**
	 * Keyset paging: up to {@code size} projects that match the filter and, when not null, the source
	 * id (a CORDIS grant id, an IATI identifier), by id after the project {@code afterId} ({@code null}:
	 * from the first); with their programme, countries and terms loaded. As fast for the last chunk of a
	 * million projects as for the first: the REST API's pages, the exports' and the sitemap's chunks.
	 */
	public List<Project> findAfter(ProjectFilter filter, String sourceId, Long afterId, int size) {
		List<Project> found = queries.after(filter, sourceId, afterId, size);
		found.forEach(ProjectService::loadDetails);
		return found;
	}

	/** Published projects by slug, in no particular order, with what {@link #findAfter} loads. */
	public List<Project> projectsBySlug(Collection<String> slugs) {
		if (slugs.isEmpty()) {
			return List.of();
		}
		List<Project> found = projects.findPublishedBySlugIn(slugs);
		found.forEach(ProjectService::loadDetails);
		return found;
	}

	private static void loadDetails(Project project) {
		Hibernate.initialize(project.getProgramme());
		Hibernate.initialize(project.getCountries());
		project.getTerms().forEach(term -> Hibernate.initialize(term.getVocabulary()));
	}

	public Optional<Organisation> organisation(long id) {
		Optional<Organisation> found = organisations.findById(id);
		found.ifPresent(organisation -> Hibernate.initialize(organisation.getCountry()));
		return found;
	}

	/**
	 * Changes a project's own fields, countries and terms to what {@code draft} says; its
	 * participations and its source stay. The slug may change when no other project has the new one.
	 */
	@Transactional
	public Project updateProject(String slug, NewProject draft) {
		Project project = projects.findBySlug(slug)
			.orElseThrow(() -> new IllegalArgumentException("There is no project '" + slug + "'"));
		projects.findBySlug(draft.slug()).filter(other -> !other.getId().equals(project.getId())).ifPresent(other -> {
			throw new IllegalArgumentException("A project with slug '" + draft.slug() + "' exists already");
		});
		Programme programme = (draft.programme() == null) ? null : requireProgramme(draft.programme());
		project.identify(draft.slug(), draft.acronym(), draft.title(), programme);
		project.describe(draft.summary(), draft.website());
		project.schedule(draft.startDate(), draft.endDate(), draft.status());
		project.fund(draft.grantId(), draft.totalCost(), draft.euContribution());
		project.workIn(draft.countries().stream().map(geography::requireCountry).toList());
		project.retag(Vocabulary.POLICY_GOALS, taxonomy.requireTerms(Vocabulary.POLICY_GOALS, draft.goals()));
		project.retag(Vocabulary.D4D_PRIORITIES, taxonomy.requireTerms(Vocabulary.D4D_PRIORITIES, draft.priorities()));
		project.retag(Vocabulary.THEMES, taxonomy.requireTerms(Vocabulary.THEMES, draft.themes()));
		projects.flush();
		return project;
	}

	/** Deletes a project with its participations; false when there is none with this slug. */
	@Transactional
	public boolean deleteProject(String slug) {
		Optional<Project> found = projects.findBySlug(slug);
		found.ifPresent(project -> {
			projects.delete(project);
			projects.flush();
		});
		return found.isPresent();
	}

	// Reads for the portal's pages, which render after the transaction has closed: each loads what
	// its page shows, in a fixed number of queries (collections come in batches).

	/** A published project with what its page shows: countries, terms, participants with their organisations. */
	public Optional<Project> projectForPage(String slug) {
		return loadedForPage(projects.findPublishedBySlug(slug));
	}

	/** The same for a project in any status: what an API write answers with. */
	public Optional<Project> anyProjectForPage(String slug) {
		return loadedForPage(projects.findBySlug(slug));
	}

	/** The same for a preview of the project's page, in any status. */
	public Optional<Project> projectForPreview(long id) {
		return loadedForPage(projects.findById(id));
	}

	private static Optional<Project> loadedForPage(Optional<Project> found) {
		found.ifPresent(project -> {
			Hibernate.initialize(project.getProgramme());
			Hibernate.initialize(project.getCountries());
			project.getTerms().forEach(term -> Hibernate.initialize(term.getVocabulary()));
			project.getParticipations().forEach(participation -> {
				Hibernate.initialize(participation.getOrganisation());
				Hibernate.initialize(participation.getCountry());
			});
		});
		return found;
	}

	/**
	 * A page of the projects that match the filter, with everything an exchange format writes
	 * loaded: countries with their shares, regions, terms, participants with their organisations, budgets.
	 */
	public ProjectExchangePage findForExchange(ProjectFilter filter, int page, int size) {
		ProjectPage found = find(filter, page, size);
		found.projects().forEach(project -> {
			Hibernate.initialize(project.getRegions());
			Hibernate.initialize(project.getBudgets());
			project.getTerms().forEach(term -> Hibernate.initialize(term.getVocabulary()));
			project.getParticipations().forEach(participation -> {
				Hibernate.initialize(participation.getOrganisation());
				Hibernate.initialize(participation.getCountry());
			});
		});
		return new ProjectExchangePage(found, queries.countryPercentages(found.projects().stream().map(Project::getId).toList()));
	}

	/** The countries that at least one published project works in, in no particular order. */
	public List<Country> countriesWithProjects() {
		return projects.findCountriesWithPublishedProjects();
	}

	/** How many projects there are, in any status. */
	public long projectCount() {
		return projects.count();
	}

	/** How many projects the public sees. */
	public long publishedProjectCount() {
		return projects.countPublished();
	}

	public List<Programme> programmes() {
		return programmes.findAllByOrderByStartYearDesc();
	}

	public Optional<Programme> programme(String slug) {
		return programmes.findBySlug(slug);
	}

	public List<BudgetLine> budgetLines(Programme programme) {
		return budgetLines.findByProgrammeIdOrderByYearDesc(programme.getId());
	}

	@Transactional
	public Programme createProgramme(String slug, LocalizedText name, LocalizedText description, Integer startYear,
			Integer endYear) {
		if (programmes.findBySlug(slug).isPresent()) {
			throw new IllegalArgumentException("A programme with slug '" + slug + "' exists already");
		}
		return programmes.save(new Programme(slug, name, description, startYear, endYear));
	}

	@Transactional
	public BudgetLine addBudgetLine(String programmeSlug, LocalizedText title, int year, Money amount,
			String managedBy) {
		return budgetLines.save(new BudgetLine(requireProgramme(programmeSlug), title, year, amount, managedBy));
	}

	/**
	 * Records a project. Countries are ISO codes in the order the source names them; goals and
	 * priorities are term slugs of their vocabularies; themes likewise.
	 */
	@Transactional
	public Project createProject(NewProject draft) {
		if (projects.findBySlug(draft.slug()).isPresent()) {
			throw new IllegalArgumentException("A project with slug '" + draft.slug() + "' exists already");
		}
		Programme programme = (draft.programme() == null) ? null : requireProgramme(draft.programme());
		Project project = new Project(draft.slug(), draft.acronym(), draft.title(), programme);
		project.describe(draft.summary(), draft.website());
		project.schedule(draft.startDate(), draft.endDate(), draft.status());
		project.fund(draft.grantId(), draft.totalCost(), draft.euContribution());
		project.workIn(draft.countries().stream().map(geography::requireCountry).toList());
		project.tag(taxonomy.requireTerms(Vocabulary.POLICY_GOALS, draft.goals()));
		project.tag(taxonomy.requireTerms(Vocabulary.D4D_PRIORITIES, draft.priorities()));
		project.tag(taxonomy.requireTerms(Vocabulary.THEMES, draft.themes()));
		for (NewProject.Participant participant : draft.participants()) {
			Country country = (participant.country() == null) ? null : geography.requireCountry(participant.country());
			Organisation organisation = organisations.findFirstByNameIgnoreCase(participant.organisation())
				.orElseGet(() -> organisations.save(new Organisation(participant.organisation(),
						participant.shortName(), country, participant.kind(), null)));
			project.addParticipation(organisation, participant.role(), country, participant.contribution());
		}
		return projects.save(project);
	}

	// Imports (CORDIS, IATI): set-based writes that join the importer's transaction, one per batch.

	/** The programme with this slug, created with these details when there is none yet. */
	@Transactional
	public Programme ensureProgramme(String slug, LocalizedText name, Integer startYear, Integer endYear) {
		return programmes.findBySlug(slug)
			.orElseGet(() -> programmes.save(new Programme(slug, name, LocalizedText.empty(), startYear, endYear)));
	}

	/** Creates new organisations, updates changed ones; the database id of each, and which were created or changed. */
	@Transactional
	public ImportedOrganisation.Written importOrganisations(Collection<ImportedOrganisation> organisations) {
		return importWriter.writeOrganisations(organisations);
	}

	/**
	 * Creates, updates or leaves each project (see {@link ImportedProject}); the outcomes in order.
	 * @param organisationIds what {@link #importOrganisations} returned for the participants
	 * @param ownedVocabularyIds the importer's vocabularies, whose terms an update replaces
	 */
	@Transactional
	public List<ImportedProject.Outcome> importProjects(List<ImportedProject> projects,
			Map<String, Long> organisationIds, Collection<Long> ownedVocabularyIds) {
		return importWriter.writeProjects(projects, organisationIds, ownedVocabularyIds);
	}

	/** The ids of a source's imported projects by their identifier there (an IATI identifier). */
	public Map<String, Long> projectIdsBySourceId(String source, Collection<String> sourceIds) {
		return importWriter.idsBySourceId(source, sourceIds);
	}

	/** The database ids of the projects with these grant ids (CORDIS) or identifiers (IATI), by that id. */
	public Map<String, Long> projectIdsByGrantId(Collection<String> grantIds) {
		return importWriter.idsByGrantId(grantIds);
	}

	/** An imported project with its countries, terms and participations, by source and source id. */
	public Optional<Project> importedProject(String source, String sourceId) {
		Optional<Project> found = projects.findBySourceAndSourceId(source, sourceId);
		found.ifPresent(project -> {
			Hibernate.initialize(project.getProgramme());
			Hibernate.initialize(project.getCountries());
			Hibernate.initialize(project.getRegions());
			Hibernate.initialize(project.getBudgets());
			project.getTerms().forEach(term -> Hibernate.initialize(term.getVocabulary()));
			project.getParticipations().forEach(participation -> {
				Hibernate.initialize(participation.getOrganisation());
				Hibernate.initialize(participation.getOrganisation().getCountry());
				Hibernate.initialize(participation.getCountry());
			});
		});
		return found;
	}

	/** How many projects came from this source. */
	public long importedProjectCount(String source) {
		return projects.countBySource(source);
	}

	private Programme requireProgramme(String slug) {
		return programmes.findBySlug(slug)
			.orElseThrow(() -> new IllegalArgumentException("There is no programme '" + slug + "'"));
	}

	/**
	 * What it takes to record a project.
	 */
	public record NewProject(String slug, String acronym, LocalizedText title, LocalizedText summary,
			String programme, String grantId, ProjectStatus status, LocalDate startDate, LocalDate endDate,
			Money totalCost, Money euContribution, String website, List<String> countries, Collection<String> goals,
			Collection<String> priorities, Collection<String> themes, List<Participant> participants) {

		public NewProject {
			status = (status == null) ? ProjectStatus.ONGOING : status;
			countries = (countries == null) ? List.of() : countries;
			goals = (goals == null) ? List.of() : goals;
			priorities = (priorities == null) ? List.of() : priorities;
			themes = (themes == null) ? List.of() : themes;
			participants = (participants == null) ? List.of() : participants;
			summary = (summary == null) ? LocalizedText.empty() : summary;
		}

		/** An organisation's part in the new project. */
		public record Participant(String organisation, String shortName, String kind, ParticipationRole role,
				String country, Money contribution) {
		}

	}


}
