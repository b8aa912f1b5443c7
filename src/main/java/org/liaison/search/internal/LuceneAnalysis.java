package org.liaison.search.internal;

import java.util.Map;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

import org.liaison.common.search.SearchFields;

/**
 * The analyzers the index mapping names, for the Lucene backend: the one backend-specific class
 * of the search module (an Elasticsearch or OpenSearch backend needs its own, with the same names;
 * see ADR 10). Lucene has analyzers for 19 of the 24 official EU languages; Croatian, Maltese,
 * Polish, Slovak and Slovenian get the standard tokenizer with lower-casing and accent folding.
 */
public class LuceneAnalysis implements LuceneAnalysisConfigurer {

	private static final Map<String, Supplier<Analyzer>> LANGUAGE_ANALYZERS = Map.ofEntries(
			Map.entry("bg", BulgarianAnalyzer::new), Map.entry("cs", CzechAnalyzer::new),
			Map.entry("da", DanishAnalyzer::new), Map.entry("de", GermanAnalyzer::new),
			Map.entry("el", GreekAnalyzer::new), Map.entry("en", EnglishAnalyzer::new),
			Map.entry("es", SpanishAnalyzer::new), Map.entry("et", EstonianAnalyzer::new),
			Map.entry("fi", FinnishAnalyzer::new), Map.entry("fr", FrenchAnalyzer::new),
			Map.entry("ga", IrishAnalyzer::new), Map.entry("hu", HungarianAnalyzer::new),
			Map.entry("it", ItalianAnalyzer::new), Map.entry("lt", LithuanianAnalyzer::new),
			Map.entry("lv", LatvianAnalyzer::new), Map.entry("nl", DutchAnalyzer::new),
			Map.entry("pt", PortugueseAnalyzer::new), Map.entry("ro", RomanianAnalyzer::new),
			Map.entry("sv", SwedishAnalyzer::new));

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(SearchFields.FOLDED_ANALYZER).custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
		context.analyzer(SearchFields.PREFIX_ANALYZER).custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(EdgeNGramFilterFactory.class)
			.param("minGramSize", "2")
			.param("maxGramSize", "20");
		for (String language : SearchFields.LANGUAGES) {
			Supplier<Analyzer> analyzer = LANGUAGE_ANALYZERS.get(language);
			if (analyzer != null) {
				context.analyzer(SearchFields.languageAnalyzer(language)).instance(analyzer.get());
			}
			else {
				context.analyzer(SearchFields.languageAnalyzer(language)).custom()
					.tokenizer(StandardTokenizerFactory.class)
					.tokenFilter(LowerCaseFilterFactory.class)
					.tokenFilter(ASCIIFoldingFilterFactory.class);
			}
		}
	}

	/** Whether Lucene has a language analyzer of its own for {@code language}. */
	public static boolean hasLanguageAnalyzer(String language) {
		return LANGUAGE_ANALYZERS.containsKey(language);
	}

}
