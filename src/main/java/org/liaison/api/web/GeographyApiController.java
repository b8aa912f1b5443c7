package org.liaison.api.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.liaison.geography.Country;
import org.liaison.geography.GeographyService;
import org.liaison.geography.Region;

import org.springframework.http.HttpHeaders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/countries} (ISO 3166-1, by code) and {@code /api/v1/regions} (policy regions, by code). */
@RestController
@Tag(name = "Geography")
@Transactional(readOnly = true)
class GeographyApiController {

	private final GeographyService geography;

	private final ApiRequests requests;

	private final Paging paging;

	GeographyApiController(GeographyService geography, ApiRequests requests, Paging paging) {
		this.geography = geography;
		this.requests = requests;
		this.paging = paging;
	}

	@GetMapping("/api/v1/countries")
	@Operation(summary = "Countries, by ISO 3166-1 alpha-2 code")
	Listing<CountryJson> countries(@Parameter(description = ApiParameters.LANG) @RequestParam(required = false) String lang,
			@Parameter(description = ApiParameters.LIMIT) @RequestParam(required = false) String limit,
			@Parameter(description = ApiParameters.CURSOR) @RequestParam(required = false) String cursor,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		ApiLanguage language = requests.language(lang, acceptLanguage);
		return paging.page("countries", geography.countries(geography.countryCodes()), Country::getCode, cursor,
				paging.limit(limit), c -> CountryJson.of(c, language), language);
	}

	@GetMapping("/api/v1/countries/{code}")
	@Operation(summary = "One country")
	CountryJson country(@Parameter(description = "ISO 3166-1 alpha-2 code, e.g. KE") @PathVariable String code,
			@Parameter(description = ApiParameters.LANG) @RequestParam(required = false) String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		ApiLanguage language = requests.language(lang, acceptLanguage);
		return geography.country(code.toUpperCase(java.util.Locale.ROOT)).map(c -> CountryJson.of(c, language))
			.orElseThrow(() -> ApiException.notFound("country", code));
	}

	@GetMapping("/api/v1/regions")
	@Operation(summary = "Policy regions, by code")
	Listing<RegionJson> regions(@Parameter(description = ApiParameters.LANG) @RequestParam(required = false) String lang,
			@Parameter(description = ApiParameters.LIMIT) @RequestParam(required = false) String limit,
			@Parameter(description = ApiParameters.CURSOR) @RequestParam(required = false) String cursor,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		ApiLanguage language = requests.language(lang, acceptLanguage);
		return paging.page("regions", geography.regions(), Region::getCode, cursor, paging.limit(limit),
				r -> RegionJson.of(r, language), language);
	}

	@GetMapping("/api/v1/regions/{code}")
	@Operation(summary = "One policy region, with its countries")
	RegionJson region(@Parameter(description = "Region code, e.g. africa") @PathVariable String code,
			@Parameter(description = ApiParameters.LANG) @RequestParam(required = false) String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		ApiLanguage language = requests.language(lang, acceptLanguage);
		return geography.region(code).map(r -> RegionJson.of(r, language))
			.orElseThrow(() -> ApiException.notFound("region", code));
	}

	/** A country with its UN M49 classification and the policy regions it belongs to. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(name = "Country")
	record CountryJson(@Schema(example = "KE") String code, @Schema(example = "KEN") String alpha3,
			@Schema(example = "404") String numericCode, Text name, String m49Region, String m49SubRegion,
			String m49IntermediateRegion, List<String> regions, String portalUrl) {

		static CountryJson of(Country country, ApiLanguage language) {
			return new CountryJson(country.getCode(), country.getAlpha3(), country.getNumericCode(),
					Text.of(country.getName(), language), country.getM49Region(), country.getM49SubRegion(),
					country.getM49IntermediateRegion(), country.getRegions().stream().map(Region::getCode).sorted().toList(),
					language.portalUrl("countries/" + country.getUrlCode()));
		}

	}

	/** A policy region and the countries (ISO codes) it groups. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(name = "Region")
	record RegionJson(@Schema(example = "africa") String code, Text name, Text summary, Text description, int position,
			List<String> countries, String portalUrl) {

		static RegionJson of(Region region, ApiLanguage language) {
			return new RegionJson(region.getCode(), Text.of(region.getName(), language),
					Text.of(region.getSummary(), language), Text.of(region.getDescription(), language),
					region.getPosition(), region.getCountries().stream().map(Country::getCode).sorted().toList(),
					language.portalUrl("regions/" + region.getCode()));
		}

	}

}
