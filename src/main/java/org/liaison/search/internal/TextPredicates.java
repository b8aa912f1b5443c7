package org.liaison.search.internal;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

import org.liaison.common.LocalizedText;
import org.liaison.common.search.SearchFields;

/**
 * Turns a {@link QueryText} into a predicate over the shared text fields: every word must match, in
 * any text field, either the accent-folded copy (the word as written, in any language) or the
 * stemmed copy of one of the query's languages (the reader's, English, and any language filtered
 * on), or — from five letters, when asked ({@link Typos}) — the folded copy with a typo or two; every phrase must
 * match the folded copies as written. Stemming in
 * all 24 languages at once would multiply the clauses of every word by 24 for little gain: the
 * folded copy already finds a word in every language it is written in.
 */
public final class TextPredicates {

	/** A text field and how much a match in it weighs. */
	record Weighted(String field, float boost, boolean perLanguage) {
	}

	static final List<Weighted> FIELDS = List.of(new Weighted(SearchFields.LABEL, 4f, false),
			new Weighted(SearchFields.TITLE, 3f, true), new Weighted(SearchFields.SUMMARY, 1.5f, true),
			new Weighted(SearchFields.BODY, 1f, true));

	static final String[] FOLDED_FIELDS = FIELDS.stream().map(Weighted::field).toArray(String[]::new);

	/** Staff also search the internal text, as much as a summary. */
	static final List<Weighted> STAFF_FIELDS = java.util.stream.Stream
		.concat(FIELDS.stream(), java.util.stream.Stream.of(new Weighted(SearchFields.INTERNAL, 1.5f, false)))
		.toList();

	static final String[] STAFF_FOLDED_FIELDS = STAFF_FIELDS.stream().map(Weighted::field).toArray(String[]::new);

	private TextPredicates() {
	}

	/** The languages whose stemmed fields a query searches: the reader's, English, and those filtered on. */
	public static List<String> stemmedLanguages(String reader, List<String> filtered) {
		java.util.LinkedHashSet<String> languages = new java.util.LinkedHashSet<>();
		languages.add(reader);
		languages.add(LocalizedText.FALLBACK_LANGUAGE);
		languages.addAll(filtered);
		languages.retainAll(SearchFields.LANGUAGES);
		return List.copyOf(languages);
	}

	/**
	 * All words and phrases must match; {@code typos}, unless null, lets long words match with edits;
	 * {@code staff} adds the internal text to the fields searched.
	 */
	public static PredicateFinalStep matching(SearchPredicateFactory f, QueryText text, List<String> languages,
			Typos typos, boolean staff) {
		BooleanPredicateClausesStep<?, ?> all = f.bool();
		for (String word : text.words()) {
			all.must(word(f, word, languages, typos, staff));
		}
		for (String phrase : text.phrases()) {
			all.must(phrase(f, phrase, staff));
		}
		return all;
	}

	static PredicateFinalStep word(SearchPredicateFactory f, String word, List<String> languages, Typos typos,
			boolean staff) {
		BooleanPredicateClausesStep<?, ?> any = f.bool();
		for (Weighted field : staff ? STAFF_FIELDS : FIELDS) {
			any.should(f.match().field(field.field()).matching(word).boost(field.boost()));
			if (field.perLanguage()) {
				any.should(f.match().fields(languageFields(field.field(), languages)).matching(word).boost(field.boost()));
			}
		}
		if (typos != null && QueryText.maxEdits(word) > 0) {
			any.should(typos.matching(f, word, staff ? STAFF_FOLDED_FIELDS : FOLDED_FIELDS));
		}
		return any;
	}

	/**
	 * A phrase in quotes is matched as written, in the folded copies only (case and accents aside):
	 * the words in this order, not their stems. Phrase matching reads positions, the dearest part of
	 * a query; the stemmed copies would more than double it for matches quoting was meant to exclude.
	 */
	static PredicateFinalStep phrase(SearchPredicateFactory f, String phrase, boolean staff) {
		BooleanPredicateClausesStep<?, ?> any = f.bool();
		for (Weighted field : staff ? STAFF_FIELDS : FIELDS) {
			any.should(f.phrase().field(field.field()).matching(phrase).boost(field.boost()));
		}
		return any;
	}

	private static String[] languageFields(String field, List<String> languages) {
		List<String> fields = new ArrayList<>(languages.size());
		for (String language : languages) {
			fields.add(SearchFields.languageField(field, language));
		}
		return fields.toArray(String[]::new);
	}

}
