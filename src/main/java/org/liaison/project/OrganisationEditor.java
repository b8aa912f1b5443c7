package org.liaison.project;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.RevisionType;

import org.liaison.common.Dependent;
import org.liaison.common.InUseException;
import org.liaison.common.StaleEditException;
import org.liaison.geography.Country;
import org.liaison.geography.GeographyService;
import org.liaison.project.internal.OrganisationRepository;
import org.liaison.security.AuditAction;
import org.liaison.security.AuditLog;
import org.liaison.security.ItemRevision;
import org.liaison.security.RevisionHistory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations as the back office edits them: create, edit on a known version, delete refused
 * while they take part in projects. Every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationEditor {

	/** Organisations on one page of the back office's list. */
	public static final int PAGE_SIZE = 25;

	private final OrganisationRepository organisations;

	private final GeographyService geography;

	private final AuditLog audit;

	private final EntityManager entityManager;

	OrganisationEditor(OrganisationRepository organisations, GeographyService geography, AuditLog audit,
			EntityManager entityManager) {
		this.organisations = organisations;
		this.geography = geography;
		this.audit = audit;
		this.entityManager = entityManager;
	}

	/** A page (counted from 1) of organisations whose name or short name contains the text, by name. */
	public Page<Organisation> search(String text, String country, int page) {
		String pattern = (text == null || text.isBlank()) ? null
				: "%" + text.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
					.replace("_", "\\_") + "%";
		String code = (country == null || country.isBlank()) ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
		return organisations.search(pattern, code, PageRequest.of(page - 1, PAGE_SIZE, Sort.by("name", "id")));
	}

	/** An organisation with its country loaded. */
	public Optional<Organisation> find(long id) {
		Optional<Organisation> found = organisations.findById(id);
		found.ifPresent(o -> org.hibernate.Hibernate.initialize(o.getCountry()));
		return found;
	}

	/** Organisations by id, with their countries, for a project's participations. */
	public List<Organisation> byIds(java.util.Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : organisations.findWithCountryByIdIn(ids);
	}

	/** What the back office writes about an organisation. */
	public record Draft(String name, String shortName, String country, String kind, String website) {
	}

	@Transactional
	public Organisation create(Draft draft) {
		Organisation organisation = organisations.saveAndFlush(new Organisation(draft.name(), draft.shortName(),
				countryOf(draft), draft.kind(), draft.website()));
		audit.record(AuditAction.CREATE, "organisation:" + organisation.getId(), organisation.getName());
		return organisation;
	}

	@Transactional
	public Organisation update(long id, long basedOnVersion, Draft draft) {
		Organisation organisation = require(id);
		if (organisation.getVersion() != basedOnVersion) {
			throw new StaleEditException("Organisation " + id, basedOnVersion, organisation.getVersion());
		}
		return change(organisation, draft, AuditAction.UPDATE, null);
	}

	/** The fields a revision compares, in the order the history shows them. */
	public static final List<String> FIELDS = List.of("name", "shortName", "country", "kind", "website");

	/** The organisation's revisions, oldest first (an import's writes by SQL are not among them). */
	public List<ItemRevision> history(long id) {
		require(id);
		return RevisionHistory.of(entityManager, Organisation.class, id, OrganisationEditor::snapshot, FIELDS);
	}

	/**
	 * Puts an earlier revision's fields back.
	 * @throws IllegalArgumentException when the organisation has no such revision
	 */
	@Transactional
	public Organisation restore(long id, long revision) {
		Organisation organisation = require(id);
		ItemRevision old = history(id).stream()
			.filter(r -> r.revision() == revision && r.type() != RevisionType.DEL)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Organisation " + id + " has no revision " + revision));
		return change(organisation, new Draft((String) old.field("name"), (String) old.field("shortName"),
				(String) old.field("country"), (String) old.field("kind"), (String) old.field("website")),
				AuditAction.RESTORE, "revision " + revision);
	}

	static Map<String, Object> snapshot(Organisation organisation) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("name", organisation.getName());
		fields.put("shortName", organisation.getShortName());
		fields.put("country", (organisation.getCountry() == null) ? null : organisation.getCountry().getCode());
		fields.put("kind", organisation.getKind());
		fields.put("website", organisation.getWebsite());
		return fields;
	}

	private Organisation change(Organisation organisation, Draft draft, AuditAction action, String note) {
		Map<String, Object> before = snapshot(organisation);
		organisation.edit(draft.name(), draft.shortName(), countryOf(draft), draft.kind(), draft.website());
		organisations.flush();
		Map<String, Object> after = snapshot(organisation);
		List<String> changed = FIELDS.stream().filter(f -> !Objects.equals(before.get(f), after.get(f))).toList();
		audit.record(action, "organisation:" + organisation.getId(), (note != null) ? note
				: changed.isEmpty() ? "no change" : String.join(", ", changed));
		return organisation;
	}
	/** The organisation's participations: how many, and the acronyms of the first projects. */
	public List<Dependent> dependents(long id) {
		require(id);
		long count = organisations.countParticipations(id);
		if (count == 0) {
			return List.of();
		}
		return List.of(new Dependent("admin.kind.participations", count,
				organisations.findProjectAcronyms(id, PageRequest.of(0, 5))));
	}

	/** @throws InUseException while the organisation takes part in any project */
	@Transactional
	public void delete(long id) {
		Organisation organisation = require(id);
		InUseException.refuseIfAny("Organisation " + organisation.getName(), dependents(id));
		organisations.delete(organisation);
		organisations.flush();
		audit.record(AuditAction.DELETE, "organisation:" + id, organisation.getName());
	}

	private Country countryOf(Draft draft) {
		if (draft.country() == null || draft.country().isBlank()) {
			return null;
		}
		return geography.country(draft.country())
			.orElseThrow(() -> new InvalidValueException("country", "admin.validation.unknownCountry", draft.country()));
	}

	private Organisation require(long id) {
		return organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation", id));
	}

}
