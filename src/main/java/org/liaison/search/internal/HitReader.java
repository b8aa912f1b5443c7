package org.liaison.search.internal;

import java.time.LocalDate;
import java.util.List;

import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;

import org.liaison.common.LocalizedText;
import org.liaison.common.LocalizedTextType;
import org.liaison.common.search.SearchFields;
import org.liaison.search.SearchHit;
import org.liaison.search.Suggestion;

/** What a result row holds (stored fields), and how it becomes a {@link SearchHit} with its snippet. */
public final class HitReader {

	private static final int SNIPPET_LENGTH = 240;

	private HitReader() {
	}

	/** The row of each hit: past three projections, a list (the order {@link #read} expects). */
	public static ProjectionFinalStep<List<?>> projection(SearchProjectionFactory<?, ?> f) {
		return f.composite()
			.from(f.field(SearchFields.TYPE, String.class), f.field(SearchFields.KEY, String.class),
					f.field(stored(SearchFields.TITLE), String.class), f.field(stored(SearchFields.LABEL), String.class),
					f.field(stored(SearchFields.SUMMARY), String.class), f.field(stored(SearchFields.BODY), String.class),
					f.field(SearchFields.DATE, LocalDate.class), f.field(SearchFields.VISIBILITY, String.class),
					f.entityReference(), f.field(stored(SearchFields.INTERNAL), String.class))
			.asList();
	}

	/** The hit of one row; the internal text is read (for the snippet) only for {@code staff}. */
	public static SearchHit read(List<?> row, QueryText query, String language, boolean staff) {
		String type = (String) row.get(0);
		LocalizedText title = text(row.get(2));
		LocalizedText label = text(row.get(3));
		LocalizedText summary = text(row.get(4));
		LocalizedText body = text(row.get(5));
		LocalizedText internalText = staff ? text(row.get(9)) : LocalizedText.empty();
		Fragment fragment = Snippets.best(query, language, summary, body, title, internalText);
		String snippet = (fragment == null) ? null : fragment.html();
		String snippetLanguage = (fragment == null) ? null : fragment.language();
		if (snippet == null && !summary.isEmpty()) {
			LocalizedText.Resolved resolved = summary.resolve(language).orElseThrow();
			snippet = Snippets.escape(shorten(resolved.text()));
			snippetLanguage = resolved.language();
		}
		LocalizedText shownTitle = title.isEmpty() ? label : title;
		String shownLabel = (title.isEmpty() || label.isEmpty()) ? null : label.textFor(language);
		boolean internal = SearchFields.STAFF.equals(row.get(7));
		String key = (String) row.get(1);
		Object id = ((EntityReference) row.get(8)).id();
		return new SearchHit(type, internal ? null : ItemPaths.of(type, key), shownTitle.resolve(language).orElse(null),
				shownLabel, snippet, snippetLanguage, (LocalDate) row.get(6), internal, ItemPaths.admin(type, key, id));
	}

	public static Suggestion suggestion(List<?> row, String language) {
		String type = (String) row.get(0);
		LocalizedText title = text(row.get(2));
		LocalizedText label = text(row.get(3));
		String shown = label.isEmpty() ? title.textFor(language)
				: title.isEmpty() ? label.textFor(language) : label.textFor(language) + " — " + title.textFor(language);
		return new Suggestion(type, shown, ItemPaths.of(type, (String) row.get(1)));
	}

	static String stored(String field) {
		return field + SearchFields.STORED_SUFFIX;
	}

	public static LocalizedText text(Object json) {
		return (json == null) ? LocalizedText.empty() : LocalizedTextType.fromJson((String) json);
	}

	/** A highlighted fragment (HTML) and the language of the text it was cut from (null if neutral). */
	public record Fragment(String html, String language) {
	}

	private static String shorten(String text) {
		if (text.length() <= SNIPPET_LENGTH) {
			return text;
		}
		int cut = text.lastIndexOf(' ', SNIPPET_LENGTH);
		return text.substring(0, (cut > SNIPPET_LENGTH / 2) ? cut : SNIPPET_LENGTH) + "…";
	}

}
