package org.liaison.search.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import org.liaison.common.search.SearchFields;
import org.liaison.search.SearchRequest;
import org.liaison.search.SearchService;
import org.liaison.search.internal.QueryText;
import org.liaison.search.internal.TextPredicates;

/**
 * The same queries straight on Lucene: one {@link IndexSearcher} over every index directory, the
 * same fields, analyzers, boosts, typo rules and filters as Liaison's predicates, top 20 with their
 * stored fields. No facets, no highlighting: what Liaison adds on top is what the ratio measures.
 */
final class RawLucene implements AutoCloseable {

	private static final String[][] FIELDS = { { SearchFields.LABEL, "4" }, { SearchFields.TITLE, "3" },
			{ SearchFields.SUMMARY, "1.5" }, { SearchFields.BODY, "1" } };

	private final IndexReader reader;

	private final IndexSearcher searcher;

	private final Analyzer analyzer;

	RawLucene(Path indexRoot, Analyzer analyzer) throws IOException {
		List<IndexReader> readers = new ArrayList<>();
		try (Stream<Path> directories = Files.list(indexRoot)) {
			for (Path directory : directories.filter(Files::isDirectory).toList()) {
				readers.add(DirectoryReader.open(FSDirectory.open(directory)));
			}
		}
		this.reader = new MultiReader(readers.toArray(IndexReader[]::new), true);
		this.searcher = new IndexSearcher(reader);
		this.analyzer = analyzer;
	}

	long search(SearchRequest request) throws IOException {
		QueryText text = QueryText.parse(request.text());
		// As Liaison does: the words as typed first, typos allowed only when they find less than a page.
		TopDocs top = search(request, text, false);
		if (top.totalHits.value < request.pageSize() && text.words().stream().anyMatch(w -> QueryText.maxEdits(w) > 0)) {
			top = search(request, text, true);
		}
		StoredFields stored = searcher.storedFields();
		for (ScoreDoc hit : top.scoreDocs) {
			stored.document(hit.doc);
		}
		return top.totalHits.value;
	}

	private TopDocs search(SearchRequest request, QueryText text, boolean typos) throws IOException {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		List<String> languages = TextPredicates.stemmedLanguages(request.language(),
				request.filters().getOrDefault(SearchFields.LANGUAGE, List.of()));
		query.add(text.isEmpty() ? new MatchAllDocsQuery() : text(text, languages, typos), Occur.MUST);
		// The public's search: public documents only, as Liaison filters for an anonymous visitor.
		query.add(new TermQuery(new Term(SearchFields.VISIBILITY, SearchFields.PUBLIC)), Occur.FILTER);
		request.filters().forEach((facet, values) -> {
			if (SearchFields.YEAR.equals(facet)) {
				query.add(IntPoint.newSetQuery(facet, values.stream().mapToInt(Integer::parseInt).toArray()),
						Occur.FILTER);
			}
			else {
				List<BytesRef> terms = values.stream()
					.map(v -> new BytesRef(facet.equals(SearchFields.COUNTRY) ? v.toUpperCase(Locale.ROOT) : v))
					.toList();
				query.add(new TermInSetQuery(facet, terms), Occur.FILTER);
			}
		});
		// Counted as far as the search page counts exactly (above, Liaison estimates the total from its facet sample).
		return searcher.search(query.build(),
				new TopScoreDocCollectorManager(request.pageSize(), SearchService.EXACT_FACETS_UP_TO));
	}

	private Query text(QueryText text, List<String> languages, boolean typos) {
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		for (String word : text.words()) {
			BooleanQuery.Builder any = new BooleanQuery.Builder();
			for (String[] field : FIELDS) {
				float boost = Float.parseFloat(field[1]);
				for (String name : fieldsOf(field[0], languages)) {
					for (String token : tokens(name, word)) {
						any.add(new BoostQuery(new TermQuery(new Term(name, token)), boost), Occur.SHOULD);
					}
				}
			}
			int edits = QueryText.maxEdits(word);
			if (typos && edits > 0) {
				for (String[] field : FIELDS) {
					for (String token : tokens(field[0], word)) {
						any.add(new BoostQuery(new FuzzyQuery(new Term(field[0], token), edits, 1), 0.5f), Occur.SHOULD);
					}
				}
			}
			all.add(any.build(), Occur.MUST);
		}
		for (String phrase : text.phrases()) {
			// as Liaison: phrases as written, in the folded fields only
			BooleanQuery.Builder any = new BooleanQuery.Builder();
			for (String[] field : FIELDS) {
				List<String> tokens = tokens(field[0], phrase);
				if (!tokens.isEmpty()) {
					any.add(new BoostQuery(new PhraseQuery(field[0], tokens.toArray(String[]::new)),
							Float.parseFloat(field[1])), Occur.SHOULD);
				}
			}
			all.add(any.build(), Occur.MUST);
		}
		return all.build();
	}

	private static List<String> fieldsOf(String field, List<String> languages) {
		List<String> names = new ArrayList<>();
		names.add(field);
		if (!SearchFields.LABEL.equals(field)) {
			languages.forEach(language -> names.add(SearchFields.languageField(field, language)));
		}
		return names;
	}

	private List<String> tokens(String field, String text) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	@Override
	public void close() throws IOException {
		reader.close();
	}

}
