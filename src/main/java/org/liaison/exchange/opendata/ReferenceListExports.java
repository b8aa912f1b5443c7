package org.liaison.exchange.opendata;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.liaison.geography.Country;
import org.liaison.geography.GeographyService;
import org.liaison.partner.Partner;
import org.liaison.partner.PartnerKind;
import org.liaison.partner.PartnerService;
import org.liaison.project.Organisation;
import org.liaison.project.ProjectService;
import org.liaison.taxonomy.TaxonomyService;
import org.liaison.taxonomy.Vocabulary;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reference lists as open data: organisations, partners, countries, regions and the portal's
 * vocabularies' terms. Small lists are read in one read-only transaction; organisations, which an
 * import makes numerous, by keyset in chunks of {@value #CHUNK}, each in its own.
 */
@Configuration(proxyBeanMethods = false)
class ReferenceListExports {

	static final int CHUNK = 500;

	/** The vocabularies with portal pages, and the path segment of their pages. */
	static final Map<String, String> PORTAL_VOCABULARIES = Map.of(Vocabulary.POLICY_GOALS, "goals",
			Vocabulary.D4D_PRIORITIES, "priorities", Vocabulary.THEMES, "topics");

	private final OpenDataRequest requests;

	private final TransactionTemplate readOnly;

	ReferenceListExports(OpenDataRequest requests, PlatformTransactionManager transactions) {
		this.requests = requests;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	@Bean
	ListExport organisationsExport(ProjectService projects) {
		return new ListExport("organisations", OrganisationRecord.COLUMNS, List.of("country"), query -> {
			String country = (query.filter("country") == null) ? null : requests.country("country", query.filter("country"));
			return sink -> {
				Long after = null;
				List<Organisation> chunk;
				do {
					Long from = after;
					chunk = readOnly.execute(status -> projects.organisationsAfter(country, from, CHUNK));
					chunk.forEach(organisation -> sink.accept(OrganisationRecord.of(organisation)));
					after = chunk.isEmpty() ? after : chunk.get(chunk.size() - 1).getId();
				}
				while (chunk.size() == CHUNK);
			};
		});
	}

	@Bean
	ListExport partnersExport(PartnerService partners) {
		return new ListExport("partners", PartnerRecord.COLUMNS, List.of("kind", "strategic", "region"), query -> {
			PartnerKind kind = (query.filter("kind") == null) ? null
					: OpenDataRequest.choice("kind", PartnerKind.class, query.filter("kind"));
			Boolean strategic = (query.filter("strategic") == null) ? null
					: OpenDataRequest.bool("strategic", query.filter("strategic"));
			String region = (query.filter("region") == null) ? null : requests.region("region", query.filter("region")).getCode();
			return sink -> readOnly.executeWithoutResult(status -> {
				List<Partner> list = (region == null) ? partners.allPartners(query.language())
						: partners.partnersInRegion(region, query.language());
				list.stream()
					.filter(p -> kind == null || p.getKind() == kind)
					.filter(p -> strategic == null || p.isStrategic() == strategic)
					.forEach(p -> sink.accept(PartnerRecord.of(p, query)));
			});
		});
	}

	@Bean
	ListExport countriesExport(GeographyService geography) {
		return new ListExport("countries", CountryRecord.COLUMNS, List.of("region"), query -> {
			String region = (query.filter("region") == null) ? null : requests.region("region", query.filter("region")).getCode();
			return sink -> readOnly.executeWithoutResult(status -> {
				List<Country> countries = (region == null) ? geography.countries(geography.countryCodes())
						: List.copyOf(geography.region(region).orElseThrow().getCountries());
				countries.stream().sorted(Comparator.comparing(Country::getCode))
					.forEach(c -> sink.accept(CountryRecord.of(c, query)));
			});
		});
	}

	@Bean
	ListExport regionsExport(GeographyService geography) {
		return new ListExport("regions", RegionRecord.COLUMNS, List.of(), query -> sink -> readOnly
			.executeWithoutResult(status -> geography.regions().forEach(r -> sink.accept(RegionRecord.of(r, query)))));
	}

	@Bean
	ListExport termsExport(TaxonomyService taxonomy) {
		return new ListExport("terms", TermRecord.COLUMNS, List.of("vocabulary"), query -> {
			String vocabulary = query.filter("vocabulary");
			if (vocabulary != null && !PORTAL_VOCABULARIES.containsKey(vocabulary)) {
				throw new OpenDataRequest.BadParameterException("vocabulary", vocabulary,
						"is not one of " + List.of(Vocabulary.POLICY_GOALS, Vocabulary.D4D_PRIORITIES, Vocabulary.THEMES));
			}
			List<String> vocabularies = (vocabulary == null)
					? List.of(Vocabulary.POLICY_GOALS, Vocabulary.D4D_PRIORITIES, Vocabulary.THEMES) : List.of(vocabulary);
			return sink -> readOnly.executeWithoutResult(status -> vocabularies.forEach(code -> taxonomy.terms(code)
				.forEach(term -> sink.accept(TermRecord.of(term, PORTAL_VOCABULARIES.get(code), query)))));
		});
	}

}
