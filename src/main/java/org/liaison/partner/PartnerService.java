package org.liaison.partner;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.hibernate.Hibernate;

import org.liaison.common.LocalizedText;
import org.liaison.geography.Country;
import org.liaison.geography.GeographyService;
import org.liaison.geography.Region;
import org.liaison.partner.internal.AgreementRepository;
import org.liaison.partner.internal.PartnerRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Partners and agreements: the partner module's API. */
@Service
@Transactional(readOnly = true)
public class PartnerService {

	private final PartnerRepository partners;

	private final AgreementRepository agreements;

	private final GeographyService geography;

	PartnerService(PartnerRepository partners, AgreementRepository agreements, GeographyService geography) {
		this.partners = partners;
		this.agreements = agreements;
		this.geography = geography;
	}

	/** The published partner with its country and regions loaded, ready for a page; empty for a draft. */
	public Optional<Partner> partner(String slug) {
		Optional<Partner> partner = partners.findPublishedBySlug(slug);
		partner.ifPresent(p -> Hibernate.initialize(p.getRegions()));
		return partner;
	}

	/** The partner in any status, for staff (the back office, the internal briefing). */
	public Optional<Partner> anyPartner(String slug) {
		Optional<Partner> partner = partners.findBySlug(slug);
		partner.ifPresent(p -> Hibernate.initialize(p.getRegions()));
		return partner;
	}

	/** The partner with this id in any status, for staff (a preview). */
	public Optional<Partner> anyPartner(long id) {
		Optional<Partner> partner = partners.findById(id);
		partner.ifPresent(p -> {
			Hibernate.initialize(p.getCountry());
			Hibernate.initialize(p.getRegions());
		});
		return partner;
	}

	/** The published partner for a country. */
	public Optional<Partner> partnerForCountry(String countryCode) {
		return partners.findPublishedByCountryCode(countryCode.toUpperCase(java.util.Locale.ROOT));
	}

	/** The published partners among these slugs. */
	public List<Partner> partners(Collection<String> slugs) {
		return partners.findPublishedBySlugIn(slugs);
	}

	/** The published partners, strategic ones first, then by name in {@code language}. */
	public List<Partner> allPartners(String language) {
		return sorted(partners.findAllPublished(), language);
	}

	/** Every partner in any status, for staff, in the same order. */
	public List<Partner> everyPartner(String language) {
		return sorted(partners.findAllWithCountry(), language);
	}

	/** The published strategic partners, by name in {@code language}. */
	public List<Partner> strategicPartners(String language) {
		return sorted(partners.findPublishedStrategic(), language);
	}

	/** The published partners in a region. */
	public List<Partner> partnersInRegion(String regionCode, String language) {
		return sorted(partners.findPublishedInRegion(regionCode), language);
	}

	public List<Agreement> agreements(Partner partner) {
		return agreements.findByPartnerIdOrderBySignedOnDesc(partner.getId());
	}

	private static List<Partner> sorted(List<Partner> list, String language) {
		return list.stream()
			.sorted(Comparator.comparing((Partner p) -> !p.isStrategic())
				.thenComparing(p -> p.getName().textFor(language)))
			.toList();
	}

	/** Records a country as a partner. */
	@Transactional
	public Partner addCountryPartner(String slug, String countryCode, boolean strategic, LocalizedText summary) {
		Country country = geography.requireCountry(countryCode);
		if (partners.findByCountryCode(country.getCode()).isPresent()) {
			throw new IllegalArgumentException(country.getName().textFor("en") + " is a partner already");
		}
		Partner partner = Partner.country(slug, country);
		partner.markStrategic(strategic);
		partner.describe(summary, null);
		return save(partner);
	}

	/** Records an organisation as a partner, placed in the given policy regions. */
	@Transactional
	public Partner addOrganisationPartner(String slug, LocalizedText name, boolean strategic, LocalizedText summary,
			String website, Collection<String> regionCodes) {
		Partner partner = Partner.organisation(slug, name);
		partner.markStrategic(strategic);
		partner.describe(summary, website);
		for (String code : regionCodes) {
			Region region = geography.region(code)
				.orElseThrow(() -> new IllegalArgumentException("There is no region '" + code + "'"));
			partner.placeIn(region);
		}
		return save(partner);
	}

	@Transactional
	public Agreement recordAgreement(String partnerSlug, String slug, String kind, LocalizedText title,
			LocalizedText summary, java.time.LocalDate signedOn, String url) {
		Partner partner = anyPartner(partnerSlug)
			.orElseThrow(() -> new IllegalArgumentException("There is no partner '" + partnerSlug + "'"));
		return agreements.save(new Agreement(partner, slug, kind, title, summary, signedOn, url));
	}

	private Partner save(Partner partner) {
		if (partners.findBySlug(partner.getSlug()).isPresent()) {
			throw new IllegalArgumentException("A partner with slug '" + partner.getSlug() + "' exists already");
		}
		return partners.save(partner);
	}

}
