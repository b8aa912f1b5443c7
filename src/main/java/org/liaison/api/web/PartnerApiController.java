package org.liaison.api.web;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.liaison.geography.Region;
import org.liaison.partner.Partner;
import org.liaison.partner.PartnerService;

import org.springframework.http.HttpHeaders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/partners}: partner countries and organisations, by slug. */
@RestController
@Tag(name = "Partners")
@Transactional(readOnly = true)
class PartnerApiController {

	private final PartnerService partners;

	private final ApiRequests requests;

	private final Paging paging;

	PartnerApiController(PartnerService partners, ApiRequests requests, Paging paging) {
		this.partners = partners;
		this.requests = requests;
		this.paging = paging;
	}

	@GetMapping("/api/v1/partners")
	@Operation(summary = "Partners, by slug", description = "`strategic=true` keeps only strategic partners; "
			+ "`region` only the partners placed in that policy region.")
	Listing<PartnerJson> list(@Parameter(description = "Only strategic partners (true) or only the others (false)") @RequestParam(required = false) Boolean strategic,
			@Parameter(description = "Policy region code, e.g. asia-pacific") @RequestParam(required = false) String region,
			@Parameter(description = ApiParameters.LANG) @RequestParam(required = false) String lang,
			@Parameter(description = ApiParameters.LIMIT) @RequestParam(required = false) String limit,
			@Parameter(description = ApiParameters.CURSOR) @RequestParam(required = false) String cursor,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		ApiLanguage language = requests.language(lang, acceptLanguage);
		int size = paging.limit(limit);
		List<Partner> all = partners.allPartners(language.portal());
		if (region != null && !region.isBlank()) {
			requests.projectFilter(region, null, null, null, null, null);
			all = all.stream().filter(p -> p.getRegions().stream().anyMatch(r -> r.getCode().equals(region.strip())))
				.toList();
		}
		if (strategic != null) {
			all = all.stream().filter(p -> p.isStrategic() == strategic).toList();
		}
		return paging.page("partners", all, Partner::getSlug, cursor, size, p -> PartnerJson.of(p, language), language);
	}

	@GetMapping("/api/v1/partners/{slug}")
	@Operation(summary = "One partner")
	PartnerJson partner(@PathVariable String slug,
			@Parameter(description = ApiParameters.LANG) @RequestParam(required = false) String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		ApiLanguage language = requests.language(lang, acceptLanguage);
		return partners.partner(slug).map(p -> PartnerJson.of(p, language))
			.orElseThrow(() -> ApiException.notFound("partner", slug));
	}

	/** A partner: a country ({@code country} is its ISO code) or an organisation such as the African Union. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(name = "Partner")
	record PartnerJson(@Schema(example = "australia") String slug,
			@Schema(allowableValues = { "country", "organisation" }) String kind, String country, Text name,
			Text summary, boolean strategic, String website, List<String> regions, String portalUrl) {

		static PartnerJson of(Partner partner, ApiLanguage language) {
			return new PartnerJson(partner.getSlug(), partner.getKind().name().toLowerCase(Locale.ROOT),
					(partner.getCountry() == null) ? null : partner.getCountry().getCode(),
					Text.of(partner.getName(), language), Text.of(partner.getSummary(), language), partner.isStrategic(),
					partner.getWebsite(), partner.getRegions().stream().map(Region::getCode).sorted().toList(),
					language.portalUrl("partners/" + partner.getSlug()));
		}

	}

}
