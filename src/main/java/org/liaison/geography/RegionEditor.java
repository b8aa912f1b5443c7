package org.liaison.geography;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.hibernate.Hibernate;

import org.liaison.common.Dependent;
import org.liaison.common.ItemReferences;
import org.liaison.common.InUseException;
import org.liaison.common.ItemRef;
import org.liaison.common.ItemType;
import org.liaison.common.LocalizedText;
import org.liaison.common.RefusedEditException;
import org.liaison.common.StaleEditException;
import org.liaison.geography.internal.CountryRepository;
import org.liaison.geography.internal.RegionRepository;
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
 * Policy regions as the back office edits them: a paged list, create, update with optimistic locking,
 * delete refused while partners or links depend on the region. Every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class RegionEditor {

	/** Regions on one page of the back office's list. */
	public static final int PAGE_SIZE = 25;

	private final RegionRepository regions;

	private final CountryRepository countries;

	private final List<ItemReferences> references;

	private final AuditLog audit;

	private final EntityManager entityManager;

	RegionEditor(RegionRepository regions, CountryRepository countries, List<ItemReferences> references,
			AuditLog audit, EntityManager entityManager) {
		this.regions = regions;
		this.countries = countries;
		this.references = references;
		this.audit = audit;
		this.entityManager = entityManager;
	}

	/** A page (counted from 1) of regions in their editorial order, optionally those whose code or name contain a text. */
	public Page<Region> search(String text, int page) {
		String pattern = (text == null || text.isBlank()) ? null
				: "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
						+ "%";
		return regions.search(pattern, PageRequest.of(page - 1, PAGE_SIZE, Sort.by("position", "code")));
	}

	/** Member counts of the regions on a page, by region id, in one query. */
	public java.util.Map<Long, Long> memberCounts(List<Region> shown) {
		java.util.Map<Long, Long> counts = new java.util.HashMap<>();
		if (!shown.isEmpty()) {
			regions.memberCounts(shown.stream().map(Region::getId).toList())
				.forEach(row -> counts.put((Long) row[0], (Long) row[1]));
		}
		return counts;
	}

	/** The region with its countries loaded, for its form. */
	public Optional<Region> find(long id) {
		Optional<Region> region = regions.findById(id);
		region.ifPresent(r -> Hibernate.initialize(r.getCountries()));
		return region;
	}

	/** Every country, by its English name: the choice of members. */
	public List<Country> allCountries() {
		return countries.findAll().stream().sorted(Comparator.comparing((Country c) -> c.getName().textFor("en"))).toList();
	}

	/** What the back office writes about a region. */
	public record Draft(String code, LocalizedText name, LocalizedText summary, LocalizedText description, int position,
			List<String> countryCodes) {
	}

	@Transactional
	public Region create(Draft draft) {
		refuseTakenCode(draft.code(), null);
		Region region = new Region(draft.code(), draft.name(), draft.position());
		region.edit(draft.code(), draft.name(), draft.summary(), draft.description(), draft.position(), members(draft));
		regions.save(region);
		regions.flush();
		audit.record(AuditAction.CREATE, "region:" + draft.code(), draft.countryCodes().size() + " countries");
		return region;
	}

	@Transactional
	public Region update(long id, long basedOnVersion, Draft draft) {
		Region region = require(id);
		StaleEditException.refuseIfStale("Region " + id, basedOnVersion, region.getVersion());
		return change(region, draft, AuditAction.UPDATE, "");
	}

	/** The fields a revision compares, in the order the history shows them. */
	public static final List<String> FIELDS = List.of("code", "name", "summary", "description", "position");

	/** The region's revisions, oldest first (its member countries are not part of them). */
	public List<ItemRevision> history(long id) {
		require(id);
		return RevisionHistory.of(entityManager, Region.class, id, RegionEditor::snapshot, FIELDS);
	}

	/**
	 * Puts an earlier revision's fields back; the member countries stay as they are.
	 * @throws IllegalArgumentException when the region has no such revision
	 */
	@Transactional
	public Region restore(long id, long revision) {
		Region region = require(id);
		ItemRevision old = history(id).stream()
			.filter(r -> r.revision() == revision && r.type() != org.hibernate.envers.RevisionType.DEL)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Region " + id + " has no revision " + revision));
		Draft draft = new Draft((String) old.field("code"), (LocalizedText) old.field("name"),
				(LocalizedText) old.field("summary"), (LocalizedText) old.field("description"),
				(Integer) old.field("position"), region.getCountries().stream().map(Country::getCode).toList());
		return change(region, draft, AuditAction.RESTORE, "revision " + revision + "; ");
	}

	static Map<String, Object> snapshot(Region region) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("code", region.getCode());
		fields.put("name", region.getName());
		fields.put("summary", region.getSummary());
		fields.put("description", region.getDescription());
		fields.put("position", region.getPosition());
		return fields;
	}

	private Region change(Region region, Draft draft, AuditAction action, String note) {
		refuseTakenCode(draft.code(), region.getId());
		String before = region.getCode();
		if (!before.equals(draft.code())) {
			// other items name the region by its code (links, search facets): renaming it would leave them pointing nowhere
			InUseException.refuseIfAny("Region " + before, dependentsOf(region));
		}
		region.edit(draft.code(), draft.name(), draft.summary(), draft.description(), draft.position(), members(draft));
		regions.flush();
		if (!before.equals(draft.code())) {
			references.forEach(r -> r.rekey(new ItemRef(ItemType.REGION, before), draft.code()));
		}
		audit.record(action, "region:" + draft.code(), note
				+ (before.equals(draft.code()) ? "" : "code " + before + " → " + draft.code() + "; ")
				+ draft.countryCodes().size() + " countries");
		return region;
	}
	public List<Dependent> dependentsOf(Region region) {
		return ItemReferences.collect(references, new ItemRef(ItemType.REGION, region.getCode()));
	}

	@Transactional
	public void delete(long id) {
		Region region = require(id);
		InUseException.refuseIfAny("Region " + region.getCode(), dependentsOf(region));
		regions.delete(region);
		references.forEach(r -> r.forget(new ItemRef(ItemType.REGION, region.getCode())));
		regions.flush();
		audit.record(AuditAction.DELETE, "region:" + region.getCode(), null);
	}

	private List<Country> members(Draft draft) {
		List<Country> found = countries.findByCodeIn(draft.countryCodes());
		if (found.size() != draft.countryCodes().stream().distinct().count()) {
			List<String> unknown = new ArrayList<>(draft.countryCodes());
			found.forEach(c -> unknown.remove(c.getCode()));
			throw new RefusedEditException("countries", "admin.validation.invalid", "No countries " + unknown);
		}
		return found;
	}

	private void refuseTakenCode(String code, Long self) {
		regions.findByCode(code).filter(other -> !other.getId().equals(self)).ifPresent(other -> {
			throw new RefusedEditException("code", "admin.validation.slugTaken", "Region code " + code + " is taken");
		});
	}

	private Region require(long id) {
		return regions.findById(id).orElseThrow(() -> new NotFoundException(id));
	}

	/** There is no region with that id. */
	public static class NotFoundException extends RuntimeException {

		public NotFoundException(long id) {
			super("No region " + id);
		}

	}

}
