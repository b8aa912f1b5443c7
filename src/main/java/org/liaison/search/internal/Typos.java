package org.liaison.search.internal;

import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * How a word long enough for typos ({@link QueryText#maxEdits}) matches the folded text fields with
 * them. {@link #FUZZY}, the backend-neutral way, has the backend find the word's near spellings in
 * every query that searches with typos; {@link TypoExpansions} finds them once for a search, for all
 * of its passes.
 */
public interface Typos {

	/** Below the exact matches: a typo finds the item, the right spelling ranks first. */
	float BOOST = 0.5f;

	/** Matches {@code word} with up to {@link QueryText#maxEdits} edits in any of {@code fields}. */
	PredicateFinalStep matching(SearchPredicateFactory f, String word, String[] fields);

	/** A fuzzy match predicate, expanded by the backend each time it runs. */
	Typos FUZZY = (f, word, fields) -> f.match().fields(fields).matching(word).fuzzy(QueryText.maxEdits(word), 1)
		.boost(BOOST);

}
