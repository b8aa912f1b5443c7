package org.liaison.partner;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.hibernate.Hibernate;

import org.liaison.admin.PublicationWorkflow;
import org.liaison.common.Dependent;
import org.liaison.common.ItemReferences;
import org.liaison.common.InUseException;
import org.liaison.common.ItemRef;
import org.liaison.common.ItemType;
import org.liaison.common.LocalizedText;
import org.liaison.common.PublicationStatus;
import org.liaison.common.RefusedEditException;
import org.liaison.common.StaleEditException;
import org.liaison.geography.Country;
import org.liaison.geography.GeographyService;
import org.liaison.geography.Region;
import org.liaison.partner.internal.AgreementRepository;
import org.liaison.partner.internal.PartnerRepository;
import org.liaison.security.AuditAction;
import org.liaison.security.AuditLog;
import org.liaison.security.ItemRevision;
import org.liaison.security.RevisionHistory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partners and their agreements as the back office edits them: a filtered, sorted, paged list read by
 * the database, create, update with optimistic locking, delete refused while anything depends on the
 * partner. Every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class PartnerEditor {

	/** Partners on one page of the back office's list. */
	public static final int PAGE_SIZE = 25;

	private final PartnerRepository partners;

	private final AgreementRepository agreements;

	private final GeographyService geography;

	private final List<ItemReferences> references;

	private final AuditLog audit;

	private final EntityManager entityManager;

	private final PublicationWorkflow workflow;

	PartnerEditor(PartnerRepository partners, AgreementRepository agreements, GeographyService geography,
			List<ItemReferences> references, AuditLog audit, EntityManager entityManager, PublicationWorkflow workflow) {
		this.partners = partners;
		this.agreements = agreements;
		this.geography = geography;
		this.references = references;
		this.audit = audit;
		this.entityManager = entityManager;
		this.workflow = workflow;
	}

	/** How the list can be sorted; each is an order the database applies. */
	public enum SortOrder {

		NAME("lower(coalesce(cast(function('jsonb_extract_path_text', p.name, 'en') as String), p.slug)), p.id"),
		SLUG("p.slug, p.id"), KIND("p.kind, p.slug, p.id"), STRATEGIC_FIRST("p.strategic desc, p.slug, p.id"),
		NEWEST("p.id desc");

		private final String jpql;

		SortOrder(String jpql) {
			this.jpql = jpql;
		}

		public static SortOrder parse(String value) {
			for (SortOrder order : values()) {
				if (order.name().equalsIgnoreCase(value)) {
					return order;
				}
			}
			return NAME;
		}

	}

	/** What the list is filtered by; null or blank values match everything. */
	/** What the list shows: a text in the slug or name, a kind, a region, a publication status (each: any when null). */
	public record Filter(String text, PartnerKind kind, String region, PublicationStatus status) {

		public Filter(String text, PartnerKind kind, String region) {
			this(text, kind, region, null);
		}

	}

	/** A page (counted from 1) of partners with their countries, filtered and sorted by the database. */
	public Page<Partner> search(Filter filter, SortOrder order, int page) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		String pattern = likePattern(filter.text());
		if (pattern != null) {
			where.append(" and (lower(p.slug) like :text or lower(cast(p.name as String)) like :text)");
		}
		if (filter.kind() != null) {
			where.append(" and p.kind = :kind");
		}
		if (filter.status() != null) {
			where.append(" and p.publication.status = :status");
		}
		boolean byRegion = filter.region() != null && !filter.region().isBlank();
		if (byRegion) {
			where.append(" and (c.code in (select rc.code from Region r join r.countries rc where r.code = :region)")
				.append(" or p.id in (select p2.id from Partner p2 join p2.regions r2 where r2.code = :region))");
		}
		TypedQuery<Partner> query = entityManager.createQuery(
				"select p from Partner p left join fetch p.country c" + where + " order by " + order.jpql, Partner.class);
		TypedQuery<Long> count = entityManager.createQuery("select count(p) from Partner p left join p.country c" + where, Long.class);
		for (TypedQuery<?> q : List.of(query, count)) {
			if (pattern != null) {
				q.setParameter("text", pattern);
			}
			if (filter.kind() != null) {
				q.setParameter("kind", filter.kind());
			}
			if (filter.status() != null) {
				q.setParameter("status", filter.status());
			}
			if (byRegion) {
				q.setParameter("region", filter.region().strip());
			}
		}
		List<Partner> content = query.setFirstResult((page - 1) * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList();
		return new PageImpl<>(content, PageRequest.of(page - 1, PAGE_SIZE), count.getSingleResult());
	}

	/** The partner with its country and regions loaded, for its form. */
	public Optional<Partner> find(long id) {
		Optional<Partner> partner = partners.findById(id);
		partner.ifPresent(p -> {
			Hibernate.initialize(p.getCountry());
			Hibernate.initialize(p.getRegions());
		});
		return partner;
	}

	public List<Agreement> agreementsOf(long partnerId) {
		return agreements.findByPartnerIdOrderBySignedOnDesc(partnerId);
	}

	/** The agreement with its partner loaded. */
	public Optional<Agreement> findAgreement(long id) {
		Optional<Agreement> agreement = agreements.findById(id);
		agreement.ifPresent(a -> Hibernate.initialize(a.getPartner()));
		return agreement;
	}

	/** What the back office writes about a partner. */
	public record Draft(String slug, PartnerKind kind, String countryCode, LocalizedText name, LocalizedText summary,
			LocalizedText description, boolean strategic, String website, List<String> regionCodes) {
	}

	@Transactional
	public Partner create(Draft draft) {
		Partner partner = (draft.kind() == PartnerKind.COUNTRY)
				? Partner.country(draft.slug(), country(draft.countryCode()))
				: Partner.organisation(draft.slug(), nameOf(draft, null));
		apply(partner, draft);
		partner.beginAsDraft();
		partners.save(partner);
		partners.flush();
		audit.record(AuditAction.CREATE, "partner:" + draft.slug(), describe(draft));
		return partner;
	}

	/**
	 * Saves an edit made on {@code basedOnVersion} of the partner.
	 * @throws StaleEditException when someone else saved it since
	 */
	@Transactional
	public Partner update(long id, long basedOnVersion, Draft draft) {
		Partner partner = require(id);
		StaleEditException.refuseIfStale("Partner " + id, basedOnVersion, partner.getVersion());
		return change(partner, draft, AuditAction.UPDATE, "");
	}

	/** Moves the partner's public profile along the workflow (draft → in review → published → archived). */
	@Transactional
	public Partner move(long id, long basedOnVersion, PublicationStatus target) {
		Partner partner = require(id);
		workflow.move(ItemType.PARTNER, partner, basedOnVersion, target);
		partners.flush();
		return partner;
	}

	/**
	 * Schedules the publication of the partner's profile, in review, at a local date and time in a zone.
	 * @throws org.liaison.common.ScheduleException when the time is not in the future or does not exist there
	 * @throws IllegalStateException when the profile is not in review
	 */
	@Transactional
	public Partner schedule(long id, long basedOnVersion, LocalDateTime at, ZoneId zone) {
		Partner partner = require(id);
		workflow.schedule(ItemType.PARTNER, partner, basedOnVersion, at, zone);
		partners.flush();
		return partner;
	}

	@Transactional
	public Partner unschedule(long id, long basedOnVersion) {
		Partner partner = require(id);
		workflow.unschedule(ItemType.PARTNER, partner, basedOnVersion);
		partners.flush();
		return partner;
	}

	/** The fields a revision compares, in the order the history shows them. */
	public static final List<String> FIELDS = List.of("slug", "kind", "country", "name", "summary", "description",
			"website", "strategic", "schedule", "status");

	/** The partner's revisions, oldest first (its regions are not part of them). */
	public List<ItemRevision> history(long id) {
		require(id);
		return RevisionHistory.of(entityManager, Partner.class, id, PartnerEditor::snapshot, FIELDS);
	}

	/**
	 * Puts an earlier revision's fields back; the regions stay as they are.
	 * @throws IllegalArgumentException when the partner has no such revision
	 */
	@Transactional
	public Partner restore(long id, long revision) {
		Partner partner = require(id);
		ItemRevision old = history(id).stream()
			.filter(r -> r.revision() == revision && r.type() != org.hibernate.envers.RevisionType.DEL)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Partner " + id + " has no revision " + revision));
		Draft draft = new Draft((String) old.field("slug"), (PartnerKind) old.field("kind"), (String) old.field("country"),
				(LocalizedText) old.field("name"), (LocalizedText) old.field("summary"),
				(LocalizedText) old.field("description"), Boolean.TRUE.equals(old.field("strategic")),
				(String) old.field("website"), partner.getRegions().stream().map(Region::getCode).toList());
		return change(partner, draft, AuditAction.RESTORE, "revision " + revision + "; ");
	}

	static Map<String, Object> snapshot(Partner partner) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("slug", partner.getSlug());
		fields.put("kind", partner.getKind());
		fields.put("country", (partner.getCountry() == null) ? null : partner.getCountry().getCode());
		fields.put("name", partner.getName());
		fields.put("summary", partner.getSummary());
		fields.put("description", partner.getDescription());
		fields.put("website", partner.getWebsite());
		fields.put("strategic", partner.isStrategic());
		fields.put("status", partner.getPublicationStatus());
		fields.put("schedule", partner.getScheduledFor());
		return fields;
	}

	private Partner change(Partner partner, Draft draft, AuditAction action, String note) {
		String before = partner.getSlug();
		apply(partner, draft);
		partners.flush();
		if (!before.equals(draft.slug())) {
			references.forEach(r -> r.rekey(new ItemRef(ItemType.PARTNER, before), draft.slug()));
		}
		audit.record(action, "partner:" + draft.slug(),
				note + (before.equals(draft.slug()) ? "" : "slug " + before + " → " + draft.slug() + "; ") + describe(draft));
		return partner;
	}

	/** What still depends on the partner: dialogues, agreements, news, related links… */
	public List<Dependent> dependentsOf(Partner partner) {
		return ItemReferences.collect(references, new ItemRef(ItemType.PARTNER, partner.getSlug()));
	}

	/** @throws InUseException naming what still depends on the partner; nothing is deleted then */
	@Transactional
	public void delete(long id) {
		Partner partner = require(id);
		InUseException.refuseIfAny("Partner " + partner.getSlug(), dependentsOf(partner));
		partners.delete(partner);
		references.forEach(r -> r.forget(new ItemRef(ItemType.PARTNER, partner.getSlug())));
		partners.flush();
		audit.record(AuditAction.DELETE, "partner:" + partner.getSlug(), null);
	}

	private void apply(Partner partner, Draft draft) {
		partners.findBySlug(draft.slug()).filter(other -> !other.getId().equals(partner.getId())).ifPresent(other -> {
			throw new RefusedEditException("slug", "admin.validation.slugTaken", "Slug " + draft.slug() + " is taken");
		});
		Country country = (draft.kind() == PartnerKind.COUNTRY) ? country(draft.countryCode()) : null;
		if (country != null) {
			partners.findByCountryCode(country.getCode())
				.filter(other -> !other.getId().equals(partner.getId()))
				.ifPresent(other -> {
					throw new RefusedEditException("countryCode", "admin.partners.countryTaken",
							country.getCode() + " is partner " + other.getSlug() + " already");
				});
		}
		List<Region> regions = new ArrayList<>();
		for (String code : draft.regionCodes()) {
			regions.add(geography.region(code)
				.orElseThrow(() -> new RefusedEditException("regions", "admin.validation.invalid", "No region " + code)));
		}
		partner.edit(draft.slug(), draft.kind(), country, nameOf(draft, country), draft.summary(), draft.description(),
				draft.strategic(), blankToNull(draft.website()), regions);
	}

	/** The name given, or for a country partner without one, the country's name in every language. */
	private static LocalizedText nameOf(Draft draft, Country country) {
		if (!draft.name().isEmpty()) {
			return draft.name();
		}
		if (country != null) {
			return country.getName();
		}
		throw new RefusedEditException("name", "admin.validation.nameRequired", "A partner needs a name");
	}

	private Country country(String code) {
		if (code == null || code.isBlank()) {
			throw new RefusedEditException("countryCode", "admin.partners.countryRequired", "No country given");
		}
		return geography.country(code.strip())
			.orElseThrow(() -> new RefusedEditException("countryCode", "admin.validation.invalid", "No country " + code));
	}

	/** What the back office writes about an agreement. */
	public record AgreementDraft(String slug, String kind, LocalizedText title, LocalizedText summary,
			LocalDate signedOn, String url) {
	}

	@Transactional
	public Agreement createAgreement(long partnerId, AgreementDraft draft) {
		Partner partner = require(partnerId);
		refuseTakenAgreementSlug(draft.slug(), null);
		Agreement agreement = agreements.save(new Agreement(partner, draft.slug(), draft.kind(), draft.title(),
				draft.summary(), draft.signedOn(), blankToNull(draft.url())));
		agreements.flush();
		audit.record(AuditAction.CREATE, "agreement:" + draft.slug(), "partner " + partner.getSlug());
		return agreement;
	}

	@Transactional
	public Agreement updateAgreement(long id, long basedOnVersion, AgreementDraft draft) {
		Agreement agreement = agreements.findById(id).orElseThrow(() -> new NotFoundException("agreement", id));
		StaleEditException.refuseIfStale("Agreement " + id, basedOnVersion, agreement.getVersion());
		refuseTakenAgreementSlug(draft.slug(), agreement.getId());
		agreement.edit(draft.slug(), draft.kind(), draft.title(), draft.summary(), draft.signedOn(),
				blankToNull(draft.url()));
		agreements.flush();
		audit.record(AuditAction.UPDATE, "agreement:" + draft.slug(), "partner " + agreement.getPartner().getSlug());
		return agreement;
	}

	@Transactional
	public void deleteAgreement(long id) {
		Agreement agreement = agreements.findById(id).orElseThrow(() -> new NotFoundException("agreement", id));
		agreements.delete(agreement);
		agreements.flush();
		audit.record(AuditAction.DELETE, "agreement:" + agreement.getSlug(),
				"partner " + agreement.getPartner().getSlug());
	}

	private void refuseTakenAgreementSlug(String slug, Long self) {
		agreements.findBySlug(slug).filter(other -> !other.getId().equals(self)).ifPresent(other -> {
			throw new RefusedEditException("slug", "admin.validation.slugTaken", "Agreement slug " + slug + " is taken");
		});
	}

	private Partner require(long id) {
		return partners.findById(id).orElseThrow(() -> new NotFoundException("partner", id));
	}

	private static String describe(Draft draft) {
		return draft.kind() + (draft.countryCode() == null || draft.countryCode().isBlank() ? "" : " " + draft.countryCode())
				+ (draft.strategic() ? ", strategic" : "") + ", regions " + draft.regionCodes();
	}

	static String likePattern(String text) {
		return (text == null || text.isBlank()) ? null
				: "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
						+ "%";
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** There is no partner or agreement with that id. */
	public static class NotFoundException extends RuntimeException {

		public NotFoundException(String kind, long id) {
			super("No " + kind + " " + id);
		}

	}

}
