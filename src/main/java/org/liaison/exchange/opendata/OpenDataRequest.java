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
	/** The region with this code, or a 400 naming the parameter. */
	org.liaison.geography.Region region(String parameter, String code) {
		return geography.region(code)
			.orElseThrow(() -> new BadParameterException(parameter, code, "is not a region code"));
	}

	/** The ISO code of the country, or a 400 naming the parameter. */
	String country(String parameter, String code) {
		return geography.country(code.toUpperCase(java.util.Locale.ROOT)).map(c -> c.getCode())
			.orElseThrow(() -> new BadParameterException(parameter, code, "is not an ISO 3166-1 alpha-2 country code"));
	}

	/** The term of the vocabulary, or a 400 naming the parameter. */
	org.liaison.taxonomy.Term term(String parameter, String vocabulary, String slug) {
		return taxonomy.term(vocabulary, slug).orElseThrow(() -> new BadParameterException(parameter, slug,
				"is not a term of the vocabulary '" + vocabulary + "'"));
	}

	/** The constant of the enum named (in any case) by the value, or a 400 that lists the allowed ones. */
	static <E extends Enum<E>> E choice(String parameter, Class<E> type, String value) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(value.replace('-', '_'))) {
				return constant;
			}
		}
		throw new BadParameterException(parameter, value, "is not one of " + java.util.Arrays.stream(type.getEnumConstants())
			.map(c -> c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).toList());
	}

	/** {@code true} or {@code false}, or a 400 naming the parameter. */
	static boolean bool(String parameter, String value) {
		if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
			return Boolean.parseBoolean(value);
		}
		throw new BadParameterException(parameter, value, "is not true or false");
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
