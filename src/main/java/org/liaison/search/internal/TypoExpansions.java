package org.liaison.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

import org.liaison.common.search.SearchFields;

import org.springframework.stereotype.Component;

/**
 * A search's words with typos, expanded once. A fuzzy query finds its terms by walking the terms
 * of every field it searches within the edits allowed, and that walk is four fifths of its cost
 * (measured on the benchmark's million projects: 3.0 of 3.75 ms a word); a search with typos runs
 * its words in up to three passes (the page, the facet sample, the exact count). Here the walk is
 * done once: each word's fuzzy queries are rewritten into the queries of their terms (the 50 best
 * terms a field, each weighted by its similarity, their document frequencies blended so that a rare
 * near spelling does not outrank the common word it misspells), and every pass searches those.
 * Part of the search's backend adapter: on a backend other than Lucene, the backend's own fuzzy
 * matching ({@link Typos#FUZZY}) runs in every pass.
 */
@Component
public class TypoExpansions {

	private final LuceneTerms index;

	TypoExpansions(LuceneTerms index) {
		this.index = index;
	}

	/** The typos of {@code text}'s words, in the folded fields a public search ({@code staff}: a staff one) reads. */
	public Typos of(QueryText text, boolean staff) {
		List<String> words = text.words().stream().filter(word -> QueryText.maxEdits(word) > 0).distinct().toList();
		if (!index.available() || words.isEmpty()) {
			return Typos.FUZZY;
		}
		Analyzer analyzer = index.analyzer(SearchFields.FOLDED_ANALYZER);
		String[] fields = staff ? TextPredicates.STAFF_FOLDED_FIELDS : TextPredicates.FOLDED_FIELDS;
		Map<String, Query> expanded = new HashMap<>();
		try (IndexReader reader = index.openReader()) {
			IndexSearcher searcher = new IndexSearcher(reader);
			for (String word : words) {
				expanded.put(word, expand(searcher, analyzer, fields, word));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Reading the search index's terms failed", ex);
		}
		return new Expanded(expanded, fields);
	}

	/**
	 * Every field's expansions of every token of {@code word}, any of them: each token's fuzzy query
	 * rewritten once (not to the end), which gives the query of its best terms, their weights and
	 * their blended statistics; searched on a newer reader, it looks its terms up there again.
	 */
	private static Query expand(IndexSearcher searcher, Analyzer analyzer, String[] fields, String word)
			throws IOException {
		int edits = QueryText.maxEdits(word);
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		for (String field : fields) {
			for (String token : LuceneTerms.tokens(analyzer, field, word)) {
				any.add(new FuzzyQuery(new Term(field, token), edits, 1).rewrite(searcher), BooleanClause.Occur.SHOULD);
			}
		}
		return new BoostQuery(any.build(), Typos.BOOST);
	}

	/** The expansions found, by word; a word not among them falls back to the backend's fuzzy matching. */
	private record Expanded(Map<String, Query> queries, String[] fields) implements Typos {

		@Override
		public PredicateFinalStep matching(SearchPredicateFactory f, String word, String[] fieldsSearched) {
			Query query = queries.get(word);
			if (query == null || !Arrays.equals(fields, fieldsSearched)) {
				return Typos.FUZZY.matching(f, word, fieldsSearched);
			}
			return f.extension(LuceneExtension.get()).fromLuceneQuery(query);
		}

	}

}
