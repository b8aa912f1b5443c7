package org.liaison.search.internal;

import java.util.Map;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

import org.liaison.common.search.SearchFields;

/**
 * The analyzers the index mapping names, for the Elasticsearch/OpenSearch backend
 * ({@code LIAISON_SEARCH_BACKEND=elasticsearch}): the same names as {@link LuceneAnalysis}, built
 * from the servers' own analyzers. Together with the backend settings of
 * {@code SearchConfiguration}, the only backend-specific code of the search module (ADR 12).
 * Estonian uses the folded chain here: OpenSearch 2 has no Estonian analyzer.
 */
public class ElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

	/** The servers' built-in language analyzers, by the languages Lucene has one for (LuceneAnalysis). */
	static final Map<String, String> LANGUAGE_ANALYZERS = Map.ofEntries(Map.entry("bg", "bulgarian"),
			Map.entry("cs", "czech"), Map.entry("da", "danish"), Map.entry("de", "german"), Map.entry("el", "greek"),
			Map.entry("en", "english"), Map.entry("es", "spanish"), Map.entry("fi", "finnish"),
			Map.entry("fr", "french"), Map.entry("ga", "irish"), Map.entry("hu", "hungarian"),
			Map.entry("it", "italian"), Map.entry("lt", "lithuanian"), Map.entry("lv", "latvian"),
			Map.entry("nl", "dutch"), Map.entry("pt", "portuguese"), Map.entry("ro", "romanian"),
			Map.entry("sv", "swedish"));

	private static final String EDGE_NGRAM = "liaison_edge_ngram";

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.analyzer(SearchFields.FOLDED_ANALYZER).custom().tokenizer("standard")
			.tokenFilters("lowercase", "asciifolding");
		context.tokenFilter(EDGE_NGRAM).type("edge_ngram").param("min_gram", 2).param("max_gram", 20);
		context.analyzer(SearchFields.PREFIX_ANALYZER).custom().tokenizer("standard")
			.tokenFilters("lowercase", "asciifolding", EDGE_NGRAM);
		for (String language : SearchFields.LANGUAGES) {
			String builtIn = LANGUAGE_ANALYZERS.get(language);
			if (builtIn != null) {
				context.analyzer(SearchFields.languageAnalyzer(language)).type(builtIn);
			}
			else {
				context.analyzer(SearchFields.languageAnalyzer(language)).custom().tokenizer("standard")
					.tokenFilters("lowercase", "asciifolding");
			}
		}
	}

}
