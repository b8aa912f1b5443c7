package org.liaison.exchange.opendata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.liaison.common.LocalizedText;
import org.liaison.common.Money;
import org.liaison.geography.Country;
import org.liaison.project.Project;

/**
 * One project as open data, in the CSV's columns and the JSON's fields: plain values, no entity.
 *
 * @param titleLanguage the language the title is really in (a fallback when the requested one is missing)
 * @param countries ISO 3166-1 alpha-2 codes
 */
record ProjectRecord(String slug, String acronym, String title, String titleLanguage, String programme,
		String status, LocalDate start, LocalDate end, List<String> countries, BigDecimal totalCost,
		BigDecimal euContribution, String currency, String url) {

	/** The CSV's header, in column order. */
	static final String[] COLUMNS = { "slug", "acronym", "title", "programme", "status", "start", "end", "countries",
			"total_cost", "eu_contribution", "currency", "url" };

	static ProjectRecord of(Project project, String language, String baseUrl) {
		LocalizedText.Resolved title = project.getTitle().resolve(language).orElse(null);
		Money total = project.getTotalCost();
		Money eu = project.getEuContribution();
		String currency = (total != null) ? total.currency() : (eu != null) ? eu.currency() : null;
		return new ProjectRecord(project.getSlug(), project.getAcronym(), (title == null) ? "" : title.text(),
				(title == null) ? null : title.language(),
				(project.getProgramme() == null) ? null : project.getProgramme().getSlug(),
				project.getStatus().name().toLowerCase(Locale.ROOT), project.getStartDate(), project.getEndDate(),
				project.getCountries().stream().map(Country::getCode).toList(),
				(total == null) ? null : total.amount(), (eu == null) ? null : eu.amount(), currency,
				baseUrl + "/" + language + "/projects/" + project.getSlug());
	}

	/** The CSV row, in {@link #COLUMNS}' order; absent values are empty cells. */
	List<Object> csvRow() {
		return java.util.Arrays.asList(slug, acronym, title, programme, status, start, end,
				String.join(";", countries), plain(totalCost), plain(euContribution), currency, url);
	}

	private static String plain(BigDecimal amount) {
		return (amount == null) ? null : amount.toPlainString();
	}

}
