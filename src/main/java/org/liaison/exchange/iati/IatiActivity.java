package org.liaison.exchange.iati;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@code <iati-activity>} as read, before it is checked and mapped: the parts Liaison keeps,
 * as the file writes them (strings, not yet parsed).
 *
 * @param file the file it came from
 * @param line the line of its start tag
 * @param language the default language of its narratives ({@code xml:lang} of the activity, else
 * of the file), or null when neither says
 */
record IatiActivity(String file, long line, String language, String defaultCurrency, String identifier,
		List<Narrative> titles, List<Description> descriptions, List<Organisation> organisations, String status,
		List<Date> dates, String website, List<Share> countries, List<Share> regions, List<Sector> sectors,
		List<Budget> budgets) {

	/** A text and the language its {@code xml:lang} gives (null: the activity's default). */
	record Narrative(String language, String text) {
	}

	/** A {@code <description>}: its type (1 general, 2 objectives, 3 target groups, 4 other) and texts. */
	record Description(String type, List<Narrative> narratives) {
	}

	record Organisation(String ref, String role, String type, List<Narrative> names) {
	}

	record Date(String type, String isoDate) {
	}

	/** A recipient country or region ({@code vocabulary} is null for countries). */
	record Share(String vocabulary, String code, String percentage) {
	}

	record Sector(String vocabulary, String code, String percentage, List<Narrative> names) {
	}

	record Budget(String type, String status, String periodStart, String periodEnd, String value, String currency,
			String valueDate) {
	}

	/** Collects an activity's parts while it is read. */
	static final class Builder {

		final String file;

		final long line;

		String language;

		String defaultCurrency;

		String identifier;

		String status;

		String website;

		final List<Narrative> titles = new ArrayList<>();

		final List<Description> descriptions = new ArrayList<>();

		final List<Organisation> organisations = new ArrayList<>();

		final List<Date> dates = new ArrayList<>();

		final List<Share> countries = new ArrayList<>();

		final List<Share> regions = new ArrayList<>();

		final List<Sector> sectors = new ArrayList<>();

		final List<Budget> budgets = new ArrayList<>();

		Builder(String file, long line) {
			this.file = file;
			this.line = line;
		}

		IatiActivity build() {
			return new IatiActivity(file, line, language, defaultCurrency, identifier, List.copyOf(titles),
					List.copyOf(descriptions), List.copyOf(organisations), status, List.copyOf(dates), website,
					List.copyOf(countries), List.copyOf(regions), List.copyOf(sectors), List.copyOf(budgets));
		}

	}

}
