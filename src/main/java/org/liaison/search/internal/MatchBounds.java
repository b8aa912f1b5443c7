package org.liaison.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

import org.liaison.common.search.SearchFields;

import org.springframework.stereotype.Component;

/**
 * An upper bound of the matches of a search's words and phrases, read in a fraction of a millisecond
 * from the index's term statistics: no document can match a word in more documents than hold one of
 * its terms in one of the fields searched, nor all the words in more than the rarest word. The
 * search service uses it to start the exact count of a search whose matches are surely few before
 * its page's query has told so. Part of the search's backend adapter: on the Lucene backend it
 * reads Lucene's document frequencies; on any other it knows no bound. With typos, a word long enough
 * for them bounds nothing: its expansions only a search can tell (the documents of every term within
 * its edits, summed, bound them, but far too loosely to tell few matches from many, and finding those
 * terms costs what a fuzzy query's rewriting costs: tried, and it made searches with typos slower);
 * its shorter words and its phrases, matched as written, still do.
 */
@Component
public class MatchBounds {

	/** No bound known. */
	public static final long UNKNOWN = Long.MAX_VALUE;

	private final LuceneTerms index;

	MatchBounds(LuceneTerms index) {
		this.index = index;
	}

	/**
	 * At most how many documents match every word and phrase of {@code text} in the fields searched
	 * for {@code languages} (filters aside, which only take matches away), with {@code typos} or not;
	 * {@link #UNKNOWN} when no word or phrase bounds them, or on a backend other than Lucene.
	 */
	public long atMost(QueryText text, List<String> languages, boolean typos, boolean staff) {
		return of(text, languages, typos, staff).atMost();
	}

	/**
	 * What the term statistics tell of a search's matches: {@link Matches#atMost() a bound} and
	 * {@link Matches#likely() an estimate}.
	 */
	public record Matches(long atMost, double likely) {

		static final Matches UNKNOWN_MATCHES = new Matches(UNKNOWN, Double.POSITIVE_INFINITY);

	}

	/**
	 * The bound of {@link #atMost} and, beside it, an estimate: the share of the documents that hold
	 * each word (in the field that holds it most often) or each word of a phrase, multiplied as if the
	 * words were independent, times the documents. Words that go together (a name, a phrase's words)
	 * match more often than that, so only a small estimate says much; the bound is never below the
	 * matches.
	 */
	public Matches of(QueryText text, List<String> languages, boolean typos, boolean staff) {
		List<String> words = typos ? text.words().stream().filter(word -> QueryText.maxEdits(word) == 0).toList()
				: text.words();
		if (!index.available() || (words.isEmpty() && text.phrases().isEmpty())) {
			return Matches.UNKNOWN_MATCHES;
		}
		Analyzer folded = index.analyzer(SearchFields.FOLDED_ANALYZER);
		List<TextPredicates.Weighted> fields = staff ? TextPredicates.STAFF_FIELDS : TextPredicates.FIELDS;
		try (IndexReader reader = index.openReader()) {
			long bound = UNKNOWN;
			double all = Math.max(1, reader.numDocs());
			double likely = all;
			for (String word : words) {
				long documents = 0;
				long most = 0;
				for (TextPredicates.Weighted field : fields) {
					long inField = anyToken(reader, folded, field.field(), word);
					documents += inField;
					most = Math.max(most, inField);
					if (field.perLanguage()) {
						for (String language : languages) {
							inField = anyToken(reader, index.analyzer(SearchFields.languageAnalyzer(language)),
									SearchFields.languageField(field.field(), language), word);
							documents += inField;
							most = Math.max(most, inField);
						}
					}
				}
				bound = Math.min(bound, documents);
				likely *= Math.min(1, most / all);
			}
			for (String phrase : text.phrases()) {
				long documents = 0;
				long[] most = null;
				for (TextPredicates.Weighted field : fields) {
					long[] each = eachToken(reader, folded, field.field(), phrase);
					documents += (each.length == 0) ? 0 : Arrays.stream(each).min().getAsLong();
					if (most == null) {
						most = each;
					}
					for (int i = 0; i < Math.min(most.length, each.length); i++) {
						most[i] = Math.max(most[i], each[i]);
					}
				}
				bound = Math.min(bound, documents);
				for (long inField : (most == null) ? new long[0] : most) {
					likely *= Math.min(1, inField / all);
				}
			}
			return new Matches(bound, Math.min(bound, likely));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Reading the search index's term statistics failed", ex);
		}
	}

	/** Documents holding one of the terms of {@code text} in {@code field}, at most (a match of any term). */
	private static long anyToken(IndexReader reader, Analyzer analyzer, String field, String text) throws IOException {
		long documents = 0;
		for (String token : LuceneTerms.tokens(analyzer, field, text)) {
			documents += reader.docFreq(new Term(field, token));
		}
		return documents;
	}

	/** Documents holding each term of {@code text} in {@code field} (a phrase matches at most the fewest). */
	private static long[] eachToken(IndexReader reader, Analyzer analyzer, String field, String text) throws IOException {
		List<String> tokens = LuceneTerms.tokens(analyzer, field, text);
		long[] documents = new long[tokens.size()];
		for (int i = 0; i < documents.length; i++) {
			documents[i] = reader.docFreq(new Term(field, tokens.get(i)));
		}
		return documents;
	}

}
