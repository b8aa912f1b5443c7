package org.liaison.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.liaison.common.Dependent;
import org.liaison.common.InUseException;
import org.liaison.common.StaleEditException;
import org.liaison.geography.Country;
import org.liaison.geography.GeographyService;
import org.liaison.project.internal.OrganisationRepository;
import org.liaison.security.AuditAction;
import org.liaison.security.AuditLog;

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

	OrganisationEditor(OrganisationRepository organisations, GeographyService geography, AuditLog audit) {
		this.organisations = organisations;
		this.geography = geography;
		this.audit = audit;
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
		List<String> changed = new ArrayList<>();
		String before = organisation.getCountry() == null ? null : organisation.getCountry().getCode();
		if (!organisation.getName().equals(draft.name())) {
			changed.add("name");
		}
		if (!java.util.Objects.equals(organisation.getShortName(), draft.shortName())) {
			changed.add("shortName");
		}
		if (!java.util.Objects.equals(before, draft.country())) {
			changed.add("country");
		}
		if (!java.util.Objects.equals(organisation.getKind(), draft.kind())) {
			changed.add("kind");
		}
		if (!java.util.Objects.equals(organisation.getWebsite(), draft.website())) {
			changed.add("website");
		}
		organisation.edit(draft.name(), draft.shortName(), countryOf(draft), draft.kind(), draft.website());
		organisations.flush();
		audit.record(AuditAction.UPDATE, "organisation:" + id, changed.isEmpty() ? "no change"
				: String.join(", ", changed));
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
