package org.liaison.search.internal;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

import org.liaison.common.search.SearchFields;

/**
 * Turns a {@link QueryText} into a predicate over the shared text fields: every word (or phrase)
 * must match, in any text field, either the accent-folded copy (any language) or one language's
 * analyzed copy (stemming), or — from five letters — the folded copy with a typo or two.
 */
public final class TextPredicates {

	/** A text field and how much a match in it weighs. */
	record Weighted(String field, float boost, boolean perLanguage) {
	}

	static final List<Weighted> FIELDS = List.of(new Weighted(SearchFields.LABEL, 4f, false),
			new Weighted(SearchFields.TITLE, 3f, true), new Weighted(SearchFields.SUMMARY, 1.5f, true),
			new Weighted(SearchFields.BODY, 1f, true));

	static final String[] FOLDED_FIELDS = FIELDS.stream().map(Weighted::field).toArray(String[]::new);

	private TextPredicates() {
	}

	/** All words and phrases must match; {@code typos} lets long words match with edits. */
	public static PredicateFinalStep matching(SearchPredicateFactory f, QueryText text, boolean typos) {
		BooleanPredicateClausesStep<?, ?> all = f.bool();
		for (String word : text.words()) {
			all.must(word(f, word, typos));
		}
		for (String phrase : text.phrases()) {
			all.must(phrase(f, phrase));
		}
		return all;
	}

	static PredicateFinalStep word(SearchPredicateFactory f, String word, boolean typos) {
		BooleanPredicateClausesStep<?, ?> any = f.bool();
		for (Weighted field : FIELDS) {
			any.should(f.match().field(field.field()).matching(word).boost(field.boost()));
			if (field.perLanguage()) {
				any.should(f.match().fields(languageFields(field.field())).matching(word).boost(field.boost()));
			}
		}
		int edits = QueryText.maxEdits(word);
		if (typos && edits > 0) {
			// Below the exact matches: a typo finds the item, the right spelling ranks first.
			any.should(f.match().fields(FOLDED_FIELDS).matching(word).fuzzy(edits, 1).boost(0.5f));
		}
		return any;
	}

	static PredicateFinalStep phrase(SearchPredicateFactory f, String phrase) {
		BooleanPredicateClausesStep<?, ?> any = f.bool();
		for (Weighted field : FIELDS) {
			any.should(f.phrase().field(field.field()).matching(phrase).boost(field.boost()));
			if (field.perLanguage()) {
				any.should(f.phrase().fields(languageFields(field.field())).matching(phrase).boost(field.boost()));
			}
		}
		return any;
	}

	private static String[] languageFields(String field) {
		List<String> fields = new ArrayList<>(SearchFields.LANGUAGES.size());
		for (String language : SearchFields.LANGUAGES) {
			fields.add(SearchFields.languageField(field, language));
		}
		return fields.toArray(String[]::new);
	}

}
