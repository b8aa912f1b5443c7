package org.liaison.search.bench;

import java.util.Random;

/**
 * The words the benchmark's texts and queries are drawn from, in each of its five languages; chosen
 * with {@code -Dbench.vocabulary}: {@code realistic} (the default), few very common words and many
 * rare ones as in real text, or {@code uniform}, some 35 words a language drawn alike, the worst
 * case (every query word matches a large share of the items).
 */
interface Vocabulary {

	/** The vocabulary {@code -Dbench.vocabulary} names. */
	static Vocabulary named(String name) {
		return switch (name) {
			case "realistic" -> RealisticVocabulary.load();
			case "uniform" -> new UniformVocabulary();
			default -> throw new IllegalArgumentException("bench.vocabulary is realistic or uniform, not " + name);
		};
	}

	/** {@code realistic} or {@code uniform}. */
	String name();

	/** What it is, in a sentence, for the report. */
	String description();

	/** A word of a generated text in {@code language}. */
	String word(String language, Random random);

	/** A word as a searcher types it, one that the generated texts in {@code language} hold. */
	String queryWord(String language, Random random);

	/** A query word of five letters or more, to misspell. */
	default String longQueryWord(String language, Random random) {
		while (true) {
			String word = queryWord(language, random);
			if (word.length() >= 5) {
				return word;
			}
		}
	}

}
