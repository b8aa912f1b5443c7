package org.liaison.geography;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

	RegionEditor(RegionRepository regions, CountryRepository countries, List<ItemReferences> references,
			AuditLog audit) {
		this.regions = regions;
		this.countries = countries;
		this.references = references;
		this.audit = audit;
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
		refuseTakenCode(draft.code(), id);
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
		audit.record(AuditAction.UPDATE, "region:" + draft.code(),
				(before.equals(draft.code()) ? "" : "code " + before + " → " + draft.code() + "; ")
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
