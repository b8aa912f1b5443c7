package org.liaison.common.search;

import java.util.List;

import org.liaison.common.Languages;

/**
 * The names the search index shares across every kind of item, so that one query, one set of
 * facets and one sort work over projects, news, partners and the rest alike. The entities name
 * these in their mapping annotations; {@code org.liaison.search} queries them.
 */
public final class SearchFields {

	/** The item's kind: {@code project}, {@code news}, {@code partner}… (facet). */
	public static final String TYPE = "type";

	/** The item's key in its portal address (a slug or code). */
	public static final String KEY = "key";

	/** Full-text fields: the item's name, its summary and its longer text. */
	public static final String TITLE = "title";

	public static final String SUMMARY = "summary";

	public static final String BODY = "body";

	/**
	 * Text only signed-in staff may search and see: a commitment's owner, e-mail address and the
	 * comments of its history. Never searched for an anonymous visitor.
	 */
	public static final String INTERNAL = "internal";

	/** Who may find the item: {@link #PUBLIC} (anyone) or {@link #STAFF} (signed-in users only). */
	public static final String VISIBILITY = "visibility";

	public static final String PUBLIC = "public";

	public static final String STAFF = "staff";

	/**
	 * Every facet value of a random sample of the documents, as {@code facet:value}: facets of a
	 * search that matches very many items are estimated from it (see {@code FacetSample}).
	 */
	public static final String FACET_SAMPLE = "facet_sample";

	/** One document in this many is in {@link #FACET_SAMPLE}. */
	public static final int FACET_SAMPLE_RATE = 10;

	/** Short names written the same in every language: acronyms, short names of organisations. */
	public static final String LABEL = "label";

	/** Suffix of the stored copy of a text (JSON of language → text), for showing results. */
	public static final String STORED_SUFFIX = "_stored";

	/** Suffix of the prefix-matching copy of a title or label, for suggestions. */
	public static final String SUGGEST_SUFFIX = "_suggest";

	/** Facets: keyword fields, several values per item. */
	public static final String REGION = "region";

	public static final String COUNTRY = "country";

	public static final String GOAL = "goal";

	public static final String PRIORITY = "priority";

	public static final String PROGRAMME = "programme";

	public static final String LANGUAGE = "language";

	/** Facet and sort: the year the item starts, was published or was held. */
	public static final String YEAR = "year";

	/** Sort: the item's date; its EU funding in whole euros. */
	public static final String DATE = "date";

	public static final String FUNDING = "funding";

	/** Analyzer of the language-neutral copy: standard tokenizer, lower case, accents folded. */
	public static final String FOLDED_ANALYZER = "folded";

	/** Analyzer of the suggestion copy: as {@link #FOLDED_ANALYZER}, then edge n-grams. */
	public static final String PREFIX_ANALYZER = "folded_prefix";

	/** The language analyzers indexed: one per official EU language. */
	public static final List<String> LANGUAGES = Languages.EU_OFFICIAL;

	private SearchFields() {
	}

	/** The analyzer of one language's copy of a text. */
	public static String languageAnalyzer(String language) {
		return "text_" + language;
	}

	/** The field holding one language's copy of a text field: {@code title_hu}. */
	public static String languageField(String field, String language) {
		return field + "_" + language;
	}

}
