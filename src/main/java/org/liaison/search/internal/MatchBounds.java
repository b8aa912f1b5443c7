package org.liaison.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

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

	/** The index whose search analyzer analyses the words, as for every index (the analysers are shared). */
	private static final String ANALYZING_INDEX = "project";

	private final EntityManagerFactory entityManagerFactory;

	private final boolean lucene;

	MatchBounds(EntityManagerFactory entityManagerFactory, SearchSettings settings) {
		this.entityManagerFactory = entityManagerFactory;
		this.lucene = !settings.elasticsearch();
	}

	/**
	 * At most how many documents match every word and phrase of {@code text} in the fields searched
	 * for {@code languages} (filters aside, which only take matches away), with {@code typos} or not;
	 * {@link #UNKNOWN} when no word or phrase bounds them, or on a backend other than Lucene.
	 */
	public long atMost(QueryText text, List<String> languages, boolean typos, boolean staff) {
		List<String> words = typos ? text.words().stream().filter(word -> QueryText.maxEdits(word) == 0).toList()
				: text.words();
		if (!lucene || (words.isEmpty() && text.phrases().isEmpty())) {
			return UNKNOWN;
		}
		SearchMapping mapping = Search.mapping(entityManagerFactory);
		Analyzer analyzer = mapping.indexManager(ANALYZING_INDEX).unwrap(LuceneIndexManager.class).searchAnalyzer();
		List<TextPredicates.Weighted> fields = staff ? TextPredicates.STAFF_FIELDS : TextPredicates.FIELDS;
		try (IndexReader reader = mapping.scope(Object.class).extension(LuceneExtension.get()).openIndexReader()) {
			long bound = UNKNOWN;
			for (String word : words) {
				long documents = 0;
				for (TextPredicates.Weighted field : fields) {
					documents += anyToken(reader, analyzer, field.field(), word);
					if (field.perLanguage()) {
						for (String language : languages) {
							documents += anyToken(reader, analyzer, SearchFields.languageField(field.field(), language), word);
						}
					}
				}
				bound = Math.min(bound, documents);
			}
			for (String phrase : text.phrases()) {
				long documents = 0;
				for (TextPredicates.Weighted field : fields) {
					documents += everyToken(reader, analyzer, field.field(), phrase);
				}
				bound = Math.min(bound, documents);
			}
			return bound;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Reading the search index's term statistics failed", ex);
		}
	}

	/** Documents holding one of the terms of {@code text} in {@code field}, at most (a match of any term). */
	private static long anyToken(IndexReader reader, Analyzer analyzer, String field, String text) throws IOException {
		long documents = 0;
		for (String token : tokens(analyzer, field, text)) {
			documents += reader.docFreq(new Term(field, token));
		}
		return documents;
	}

	/** Documents holding every term of {@code text} in {@code field}, at most (a phrase match). */
	private static long everyToken(IndexReader reader, Analyzer analyzer, String field, String text) throws IOException {
		List<String> tokens = tokens(analyzer, field, text);
		if (tokens.isEmpty()) {
			return 0;
		}
		long documents = Long.MAX_VALUE;
		for (String token : tokens) {
			documents = Math.min(documents, reader.docFreq(new Term(field, token)));
		}
		return documents;
	}

	private static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		return tokens;
	}

}
