package org.liaison.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.hibernate.Hibernate;
import org.hibernate.envers.RevisionType;

import org.liaison.common.Dependent;
import org.liaison.common.InUseException;
import org.liaison.common.ItemRef;
import org.liaison.common.ItemReferences;
import org.liaison.common.ItemType;
import org.liaison.common.KeyTakenException;
import org.liaison.common.LocalizedText;
import org.liaison.common.Money;
import org.liaison.common.StaleEditException;
import org.liaison.geography.Country;
import org.liaison.geography.GeographyService;
import org.liaison.project.internal.OrganisationRepository;
import org.liaison.project.internal.ProgrammeRepository;
import org.liaison.project.internal.ProjectAdminQueries;
import org.liaison.project.internal.ProjectQueries;
import org.liaison.project.internal.ProjectRepository;
import org.liaison.security.AuditAction;
import org.liaison.security.AuditLog;
import org.liaison.security.ItemRevision;
import org.liaison.security.RevisionHistory;
import org.liaison.taxonomy.TaxonomyService;
import org.liaison.taxonomy.Term;
import org.liaison.taxonomy.Vocabulary;
import org.liaison.admin.PublicationWorkflow;
import org.liaison.common.PublicationStatus;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects as the back office edits them, with their participations: the list at any size, create,
 * edit on a known version, delete refused while commitments or related content point at a project.
 * Every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class ProjectEditor {

	/** Projects on one page of the back office's list. */
	public static final int PAGE_SIZE = 25;

	/** The vocabularies a project is tagged with in the form. */
	public static final List<String> VOCABULARIES = List.of(Vocabulary.POLICY_GOALS, Vocabulary.D4D_PRIORITIES,
			Vocabulary.THEMES);

	private final ProjectRepository projects;

	private final ProjectAdminQueries listing;

	private final ProjectQueries queries;

	private final ProgrammeRepository programmes;

	private final OrganisationRepository organisations;

	private final GeographyService geography;

	private final TaxonomyService taxonomy;

	private final List<ItemReferences> references;

	private final AuditLog audit;

	private final EntityManager entityManager;

	private final PublicationWorkflow workflow;

	ProjectEditor(ProjectRepository projects, ProjectAdminQueries listing, ProjectQueries queries,
			ProgrammeRepository programmes, OrganisationRepository organisations, GeographyService geography,
			TaxonomyService taxonomy, List<ItemReferences> references, AuditLog audit, EntityManager entityManager,
			PublicationWorkflow workflow) {
		this.workflow = workflow;
		this.projects = projects;
		this.listing = listing;
		this.queries = queries;
		this.programmes = programmes;
		this.organisations = organisations;
		this.geography = geography;
		this.taxonomy = taxonomy;
		this.references = references;
		this.audit = audit;
		this.entityManager = entityManager;
	}

	/** One page of the list: the projects with their programme and countries loaded. */
	public ProjectList list(ProjectList.Query query) {
		ProjectAdminQueries.Slice slice = listing.page(query, PAGE_SIZE);
		boolean more = slice.ids().size() > PAGE_SIZE;
		List<Long> ids = more ? slice.ids().subList(0, PAGE_SIZE) : slice.ids();
		ProjectList.Query next = more ? query.after(slice.keys().get(PAGE_SIZE - 1), ids.get(PAGE_SIZE - 1)) : null;
		if (!query.isFiltered()) {
			long estimate = listing.estimate();
			if (estimate > ProjectList.COUNT_LIMIT) {
				return new ProjectList(queries.loadInOrder(ids), next, estimate, ProjectList.Count.ESTIMATE);
			}
		}
		long count = listing.count(query, ProjectList.COUNT_LIMIT);
		return (count > ProjectList.COUNT_LIMIT)
				? new ProjectList(queries.loadInOrder(ids), next, ProjectList.COUNT_LIMIT, ProjectList.Count.MORE_THAN)
				: new ProjectList(queries.loadInOrder(ids), next, count, ProjectList.Count.EXACT);
	}

	/** A project with everything its form shows loaded. */
	public Optional<Project> find(long id) {
		Optional<Project> found = projects.findById(id);
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

	/** What the back office writes about a project. */
	public record Draft(String slug, String acronym, String grantId, LocalizedText title, LocalizedText summary,
			LocalizedText objective, String programme, ProjectStatus status, LocalDate startDate, LocalDate endDate,
			Money totalCost, Money euContribution, String website, List<String> countries, Collection<Long> termIds,
			List<Participant> participants) {

		public Draft {
			summary = (summary == null) ? LocalizedText.empty() : summary;
			objective = (objective == null) ? LocalizedText.empty() : objective;
			status = (status == null) ? ProjectStatus.ONGOING : status;
			countries = (countries == null) ? List.of() : List.copyOf(countries);
			termIds = (termIds == null) ? List.of() : List.copyOf(termIds);
			participants = (participants == null) ? List.of() : List.copyOf(participants);
		}

	}

	/** An organisation's part in the project; the organisation by its number or its exact name. */
	public record Participant(String organisation, ParticipationRole role, Money contribution) {
	}

	@Transactional
	public Project create(Draft draft) {
		if (projects.findBySlug(draft.slug()).isPresent()) {
			throw new KeyTakenException("slug", draft.slug());
		}
		Project project = new Project(draft.slug(), draft.acronym(), draft.title(), programmeOf(draft));
		apply(project, draft);
		project.beginAsDraft();
		projects.saveAndFlush(project);
		audit.record(AuditAction.CREATE, "project:" + project.getId(), project.getSlug());
		return project;
	}

	/**
	 * Saves an edit made on {@code basedOnVersion} of the project.
	 * @throws StaleEditException when someone saved the project since that version
	 */
	@Transactional
	public Project update(long id, long basedOnVersion, Draft draft) {
		Project project = require(id);
		if (project.getVersion() != basedOnVersion) {
			throw new StaleEditException("Project " + id, basedOnVersion, project.getVersion());
		}
		projects.findBySlug(draft.slug()).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
			throw new KeyTakenException("slug", draft.slug());
		});
		String oldSlug = project.getSlug();
		List<String> changed = changes(project, draft);
		apply(project, draft);
		projects.flush();
		if (!oldSlug.equals(draft.slug())) {
			references.forEach(r -> r.rekey(new ItemRef(ItemType.PROJECT, oldSlug), draft.slug()));
		}
		audit.record(AuditAction.UPDATE, "project:" + id, changed.isEmpty() ? "no change" : String.join(", ", changed));
		return project;
	}

	/** Moves the project's public profile along the workflow (draft → in review → published → archived). */
	@Transactional
	public Project move(long id, long basedOnVersion, PublicationStatus target) {
		Project project = require(id);
		workflow.move(ItemType.PROJECT, project, basedOnVersion, target);
		projects.flush();
		return project;
	}

	/**
	 * Schedules the publication of the project's profile, in review, at a local date and time in a zone.
	 * @throws org.liaison.common.ScheduleException when the time is not in the future or does not exist there
	 * @throws IllegalStateException when the profile is not in review
	 */
	@Transactional
	public Project schedule(long id, long basedOnVersion, java.time.LocalDateTime at, java.time.ZoneId zone) {
		Project project = require(id);
		workflow.schedule(ItemType.PROJECT, project, basedOnVersion, at, zone);
		projects.flush();
		return project;
	}

	@Transactional
	public Project unschedule(long id, long basedOnVersion) {
		Project project = require(id);
		workflow.unschedule(ItemType.PROJECT, project, basedOnVersion);
		projects.flush();
		return project;
	}

	/** The fields a revision compares, in the order the history shows them. */
	public static final List<String> FIELDS = List.of("slug", "acronym", "title", "summary", "objective", "programme",
			"grantId", "status", "startDate", "endDate", "totalCost", "euContribution", "website", "publication", "schedule");

	/**
	 * The project's revisions in the back office, oldest first: its own fields, not its countries,
	 * terms or participations; an import's writes by SQL are not among them.
	 */
	public List<ItemRevision> history(long id) {
		require(id);
		return RevisionHistory.of(entityManager, Project.class, id, ProjectEditor::snapshot, FIELDS);
	}

	/**
	 * Puts an earlier revision's fields back; countries, terms and participations stay as they are.
	 * @throws IllegalArgumentException when the project has no such revision
	 */
	@Transactional
	public Project restore(long id, long revision) {
		Project project = require(id);
		ItemRevision old = history(id).stream()
			.filter(r -> r.revision() == revision && r.type() != RevisionType.DEL)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Project " + id + " has no revision " + revision));
		String slug = (String) old.field("slug");
		projects.findBySlug(slug).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
			throw new KeyTakenException("slug", slug);
		});
		String oldSlug = project.getSlug();
		String programme = (String) old.field("programme");
		project.edit(slug, (String) old.field("acronym"), (LocalizedText) old.field("title"),
				(LocalizedText) old.field("summary"), (LocalizedText) old.field("objective"),
				(programme == null) ? null : programmes.findBySlug(programme).orElse(null), (String) old.field("website"));
		project.schedule((LocalDate) old.field("startDate"), (LocalDate) old.field("endDate"),
				(ProjectStatus) old.field("status"));
		project.fund((String) old.field("grantId"), (Money) old.field("totalCost"), (Money) old.field("euContribution"));
		projects.flush();
		if (!oldSlug.equals(slug)) {
			references.forEach(r -> r.rekey(new ItemRef(ItemType.PROJECT, oldSlug), slug));
		}
		audit.record(AuditAction.RESTORE, "project:" + id, "revision " + revision);
		return project;
	}

	static Map<String, Object> snapshot(Project project) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("slug", project.getSlug());
		fields.put("acronym", project.getAcronym());
		fields.put("title", project.getTitle());
		fields.put("summary", project.getSummary());
		fields.put("objective", project.getObjective());
		fields.put("programme", (project.getProgramme() == null) ? null : project.getProgramme().getSlug());
		fields.put("grantId", project.getGrantId());
		fields.put("status", project.getStatus());
		fields.put("startDate", project.getStartDate());
		fields.put("endDate", project.getEndDate());
		fields.put("totalCost", project.getTotalCost());
		fields.put("euContribution", project.getEuContribution());
		fields.put("website", project.getWebsite());
		fields.put("publication", project.getPublicationStatus());
		fields.put("schedule", project.getScheduledFor());
		return fields;
	}

	/** What still points at the project: commitments carried out by it, related-content links to it. */
	public List<Dependent> dependents(long id) {
		Project project = require(id);
		ItemRef ref = new ItemRef(ItemType.PROJECT, project.getSlug());
		return ItemReferences.collect(references, ref);
	}

	/**
	 * Deletes the project with its participations, countries and terms.
	 * @throws InUseException while commitments or related links point at it
	 */
	@Transactional
	public void delete(long id) {
		Project project = require(id);
		InUseException.refuseIfAny("Project " + project.getAcronym(), dependents(id));
		projects.delete(project);
		references.forEach(r -> r.forget(new ItemRef(ItemType.PROJECT, project.getSlug())));
		projects.flush();
		audit.record(AuditAction.DELETE, "project:" + id, project.getSlug() + " (" + project.getAcronym() + ")");
	}

	private void apply(Project project, Draft draft) {
		project.edit(draft.slug(), draft.acronym(), draft.title(), draft.summary(), draft.objective(), programmeOf(draft),
				draft.website());
		project.schedule(draft.startDate(), draft.endDate(), draft.status());
		project.fund(draft.grantId(), draft.totalCost(), draft.euContribution());
		List<Country> countries = new ArrayList<>();
		for (String code : draft.countries()) {
			countries.add(geography.country(code)
				.orElseThrow(() -> new InvalidValueException("countries", "admin.validation.unknownCountry", code)));
		}
		if (countries.stream().distinct().count() < countries.size()) {
			throw new InvalidValueException("countries", "admin.validation.repeatedCountry", String.join(",", draft.countries()));
		}
		project.workIn(countries);
		List<Term> terms = new ArrayList<>();
		for (String vocabulary : VOCABULARIES) {
			taxonomy.terms(vocabulary).stream().filter(t -> draft.termIds().contains(t.getId())).forEach(terms::add);
		}
		if (terms.size() < draft.termIds().size()) {
			throw new InvalidValueException("terms", "admin.validation.invalid", draft.termIds().toString());
		}
		project.retag(VOCABULARIES, terms);
		project.clearParticipations();
		projects.flush();
		for (Participant participant : draft.participants()) {
			Organisation organisation = organisation(participant.organisation())
				.orElseThrow(() -> new InvalidValueException("participations", "admin.validation.unknownOrganisation",
						participant.organisation()));
			project.addParticipation(organisation, participant.role(), organisation.getCountry(),
					participant.contribution());
		}
	}

	private Optional<Organisation> organisation(String reference) {
		String given = (reference == null) ? "" : reference.strip().replaceFirst("^#", "");
		if (given.matches("\\d{1,18}")) {
			return organisations.findById(Long.parseLong(given));
		}
		return given.isEmpty() ? Optional.empty() : organisations.findFirstByNameIgnoreCase(given);
	}

	private Programme programmeOf(Draft draft) {
		if (draft.programme() == null || draft.programme().isBlank()) {
			return null;
		}
		return programmes.findBySlug(draft.programme())
			.orElseThrow(() -> new InvalidValueException("programme", "admin.validation.invalid", draft.programme()));
	}

	private static List<String> changes(Project p, Draft d) {
		List<String> changed = new ArrayList<>();
		note(changed, "slug", p.getSlug(), d.slug());
		note(changed, "acronym", p.getAcronym(), d.acronym());
		note(changed, "grantId", p.getGrantId(), d.grantId());
		note(changed, "title", p.getTitle(), d.title());
		note(changed, "teaser", p.getSummary(), d.summary());
		note(changed, "objective", p.getObjective(), d.objective());
		note(changed, "programme", p.getProgramme() == null ? null : p.getProgramme().getSlug(), d.programme());
		note(changed, "status", p.getStatus(), d.status());
		note(changed, "startDate", p.getStartDate(), d.startDate());
		note(changed, "endDate", p.getEndDate(), d.endDate());
		note(changed, "totalCost", p.getTotalCost(), d.totalCost());
		note(changed, "euContribution", p.getEuContribution(), d.euContribution());
		note(changed, "website", p.getWebsite(), d.website());
		note(changed, "countries", p.getCountries().stream().map(Country::getCode).toList(), d.countries());
		note(changed, "terms", p.getTerms().stream().filter(t -> VOCABULARIES.contains(t.getVocabulary().getCode()))
			.map(Term::getId).sorted().toList(), d.termIds().stream().sorted().toList());
		note(changed, "participations", p.getParticipations().stream()
			.map(x -> x.getOrganisation().getName() + "/" + x.getRole() + "/" + x.getContribution()).toList(),
				d.participants().stream().map(x -> x.organisation() + "/" + x.role() + "/" + x.contribution()).toList());
		return changed;
	}

	private static void note(List<String> changed, String field, Object before, Object after) {
		Object a = (before instanceof String s && s.isBlank()) ? null : before;
		Object b = (after instanceof String s && s.isBlank()) ? null : after;
		if (!Objects.equals(a, b)) {
			changed.add(field);
		}
	}

	private Project require(long id) {
		return projects.findById(id).orElseThrow(() -> new NotFoundException("project", id));
	}

}
