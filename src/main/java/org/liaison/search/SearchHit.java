package org.liaison.search;

import java.time.LocalDate;

import org.liaison.common.LocalizedText;

/**
 * One result.
 *
 * @param type the item's type code ({@code project}, {@code news}…)
 * @param path the item's portal address after {@code /{lang}/}, or null for items without a page of their own
 * @param title the item's title as resolved for the reader (its language may differ: a fallback)
 * @param label a short name shown before the title (a project's acronym), or null
 * @param snippet an HTML fragment with the matched words in {@code <mark>}, everything else HTML-escaped; or null
 * @param snippetLanguage the language the snippet is in, when known
 * @param date the item's date (publication, start, meeting), or null
 * @param internal whether only signed-in staff may see the item (a draft, an unannounced meeting, a
 * commitment): then {@code path} is null, the public has no page for it
 * @param adminPath the item's page in the back office (absolute), or null
 */
public record SearchHit(String type, String path, LocalizedText.Resolved title, String label, String snippet,
		String snippetLanguage, LocalDate date, boolean internal, String adminPath) {
}
