package org.liaison.geography;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.liaison.common.LocalizedText;
import org.liaison.geography.internal.CountryCatalogue;
import org.liaison.geography.internal.CountryRepository;
import org.liaison.geography.internal.RegionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Countries and policy regions: the geography module's API. */
@Service
@Transactional(readOnly = true)
public class GeographyService {

	private static final Logger log = LoggerFactory.getLogger(GeographyService.class);

	private final CountryRepository countries;

	private final RegionRepository regions;

	GeographyService(CountryRepository countries, RegionRepository regions) {
		this.countries = countries;
		this.regions = regions;
	}

	/** Brings the country table in line with the shipped ISO 3166-1 list; adds and updates, never deletes. */
	@Transactional
	public int loadCountries() {
		Map<String, Country> existing = countries.findAll().stream()
			.collect(Collectors.toMap(Country::getCode, Function.identity()));
		int changed = 0;
		for (CountryCatalogue.Entry entry : CountryCatalogue.entries()) {
			Country country = existing.get(entry.code());
			if (country == null) {
				country = countries.save(new Country(entry.code(), entry.alpha3(), entry.numericCode(), entry.name()));
				changed++;
			}
			else if (!country.getName().equals(entry.name())) {
				country.rename(entry.name());
				changed++;
			}
			country.placeInM49(entry.regionCode(), entry.region(), entry.subRegionCode(), entry.subRegion(),
					entry.intermediateCode(), entry.intermediateRegion());
		}
		if (changed > 0) {
			log.info("Country list loaded: {} countries added or renamed", changed);
		}
		return changed;
	}

	public Optional<Country> country(String code) {
		return (code == null) ? Optional.empty() : countries.findById(code.toUpperCase(Locale.ROOT));
	}

	/** The country with this ISO code; an error naming the code when there is none. */
	public Country requireCountry(String code) {
		return country(code).orElseThrow(
				() -> new IllegalArgumentException("'" + code + "' is not an ISO 3166-1 alpha-2 country code"));
	}

	public List<Country> countries(Collection<String> codes) {
		return countries.findByCodeIn(codes.stream().map(c -> c.toUpperCase(Locale.ROOT)).toList());
	}

	/** The ISO 3166-1 alpha-2 codes of every country in the table. */
	public Set<String> countryCodes() {
		return countries.findAll().stream().map(Country::getCode).collect(Collectors.toUnmodifiableSet());
	}

	public long countryCount() {
		return countries.count();
	}

	public List<Region> regions() {
		return regions.findAllByOrderByPositionAsc();
	}

	public Optional<Region> region(String code) {
		return regions.findWithCountriesByCode(code);
	}

	public List<Region> regionsOf(String countryCode) {
		return regions.findByCountry(countryCode.toUpperCase(Locale.ROOT));
	}

	/** Creates a policy region with its countries (by ISO code). */
	@Transactional
	public Region createRegion(String code, LocalizedText name, LocalizedText summary, int position,
			Collection<String> countryCodes) {
		if (regions.findByCode(code).isPresent()) {
			throw new IllegalArgumentException("A region with code '" + code + "' exists already");
		}
		Region region = new Region(code, name, position);
		region.describe(summary, LocalizedText.empty());
		for (String countryCode : countryCodes) {
			region.include(requireCountry(countryCode));
		}
		return regions.save(region);
	}

}
