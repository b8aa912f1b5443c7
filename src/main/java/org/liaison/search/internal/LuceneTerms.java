package org.liaison.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;

import org.springframework.stereotype.Component;

/**
 * What the search's backend adapter reads of the Lucene indexes' terms, for {@link MatchBounds} and
 * {@link TypoExpansions}: whether the backend is Lucene at all, a reader over every index, the
 * backend's named analyzers, and the terms an analyzer makes of a text.
 */
@Component
class LuceneTerms {

	private final EntityManagerFactory entityManagerFactory;

	private final boolean lucene;

	LuceneTerms(EntityManagerFactory entityManagerFactory, SearchSettings settings) {
		this.entityManagerFactory = entityManagerFactory;
		this.lucene = !settings.elasticsearch();
	}

	/** Whether the backend is Lucene: on any other, there are no terms to read here. */
	boolean available() {
		return lucene;
	}

	/** A reader over every index (Hibernate Search's near-real-time readers); the caller closes it. */
	IndexReader openReader() {
		return Search.mapping(entityManagerFactory).scope(Object.class).extension(LuceneExtension.get()).openIndexReader();
	}

	/**
	 * The backend's analyzer of that name: the folded fields' and each language's (an index's own
	 * search analyzer knows only the fields of that index, and analyses others with a default).
	 */
	Analyzer analyzer(String name) {
		return Search.mapping(entityManagerFactory).backend().unwrap(LuceneBackend.class).analyzer(name)
			.orElseThrow(() -> new IllegalStateException("The search backend has no analyzer " + name));
	}

	/** The terms {@code analyzer} makes of {@code text} in {@code field}. */
	static List<String> tokens(Analyzer analyzer, String field, String text) throws IOException {
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
