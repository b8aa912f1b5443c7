package org.liaison.exchange.opendata;



import org.liaison.common.web.PortalLanguages;
import org.liaison.geography.GeographyService;
import org.liaison.project.ProjectFilter;
import org.liaison.project.ProjectService;
import org.liaison.taxonomy.TaxonomyService;
import org.liaison.taxonomy.Vocabulary;

import org.springframework.stereotype.Component;

/**
 * Checks what an open-data request asks for before anything is written: the language and the
 * project list's filters, each of which must name something that exists.
 */
@Component
class OpenDataRequest {

	private final PortalLanguages languages;

	private final GeographyService geography;

	private final TaxonomyService taxonomy;

	private final ProjectService projects;

	OpenDataRequest(PortalLanguages languages, GeographyService geography, TaxonomyService taxonomy,
			ProjectService projects) {
		this.languages = languages;
		this.geography = geography;
		this.taxonomy = taxonomy;
		this.projects = projects;
	}

	/** The requested portal language, the default when none is named. */
	String language(String requested) {
		return languages.requested(requested)
			.orElseThrow(() -> new BadParameterException("lang", requested,
					"is not a portal language (" + String.join(", ", languages.languages()) + ")"));
	}

	/** The filter, when every value in it names an existing region, country, term or programme. */
	ProjectFilter projectFilter(String region, String country, String goal, String priority, String programme,
			String theme) {
		ProjectFilter filter = new ProjectFilter(region, country, goal, priority, programme, theme);
		if (filter.region() != null && geography.region(filter.region()).isEmpty()) {
			throw new BadParameterException("region", region, "is not a region code");
		}
		if (filter.country() != null && geography.country(filter.country()).isEmpty()) {
			throw new BadParameterException("country", country, "is not an ISO 3166-1 alpha-2 country code");
		}
		requireTerm("goal", Vocabulary.POLICY_GOALS, filter.goal(), goal);
		requireTerm("priority", Vocabulary.D4D_PRIORITIES, filter.priority(), priority);
		requireTerm("theme", Vocabulary.THEMES, filter.theme(), theme);
		if (filter.programme() != null && projects.programme(filter.programme()).isEmpty()) {
			throw new BadParameterException("programme", programme, "is not a programme");
		}
		return filter;
	}


	private void requireTerm(String parameter, String vocabulary, String slug, String given) {
		if (slug != null && taxonomy.term(vocabulary, slug).isEmpty()) {
			throw new BadParameterException(parameter, given, "is not a term of the vocabulary '" + vocabulary + "'");
		}
	}

	/** A query parameter whose value names nothing Liaison knows. */
	static final class BadParameterException extends RuntimeException {

		private final String parameter;

		BadParameterException(String parameter, String value, String problem) {
			super("Query parameter '" + parameter + "': '" + value + "' " + problem);
			this.parameter = parameter;
		}

		String parameter() {
			return parameter;
		}

	}

}
