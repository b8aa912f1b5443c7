package org.liaison.api.web;

import org.liaison.common.web.PortalLanguages;
import org.liaison.geography.GeographyService;
import org.liaison.project.ProjectFilter;
import org.liaison.project.ProjectService;
import org.liaison.taxonomy.TaxonomyService;
import org.liaison.taxonomy.Vocabulary;

import org.springframework.stereotype.Component;

/** Reads what an API request asks for: its language, and list filters that must name existing things. */
@Component
class ApiRequests {

	private final PortalLanguages portalLanguages;

	private final GeographyService geography;

	private final TaxonomyService taxonomy;

	private final ProjectService projects;

	ApiRequests(PortalLanguages portalLanguages, GeographyService geography, TaxonomyService taxonomy,
			ProjectService projects) {
		this.portalLanguages = portalLanguages;
		this.geography = geography;
		this.taxonomy = taxonomy;
		this.projects = projects;
	}

	ApiLanguage language(String lang, String acceptLanguage) {
		return ApiLanguage.negotiate(lang, acceptLanguage, portalLanguages);
	}

	/** The portal's project filter, when each value names an existing region, country, term or programme. */
	ProjectFilter projectFilter(String region, String country, String goal, String priority, String programme,
			String theme) {
		ProjectFilter filter = new ProjectFilter(region, country, goal, priority, programme, theme);
		if (filter.region() != null && geography.region(filter.region()).isEmpty()) {
			throw ApiException.badParameter("region", region, "is not a region code (see /api/v1/regions)");
		}
		if (filter.country() != null && geography.country(filter.country()).isEmpty()) {
			throw ApiException.badParameter("country", country, "is not an ISO 3166-1 alpha-2 country code");
		}
		requireTerm("goal", Vocabulary.POLICY_GOALS, filter.goal(), goal);
		requireTerm("priority", Vocabulary.D4D_PRIORITIES, filter.priority(), priority);
		requireTerm("theme", Vocabulary.THEMES, filter.theme(), theme);
		if (filter.programme() != null && projects.programme(filter.programme()).isEmpty()) {
			throw ApiException.badParameter("programme", programme, "is not a programme (see /api/v1/programmes)");
		}
		return filter;
	}

	private void requireTerm(String parameter, String vocabulary, String slug, String given) {
		if (slug != null && taxonomy.term(vocabulary, slug).isEmpty()) {
			throw ApiException.badParameter(parameter, given,
					"is not a term of the vocabulary '" + vocabulary + "' (see /api/v1/vocabularies/" + vocabulary + "/terms)");
		}
	}

}
