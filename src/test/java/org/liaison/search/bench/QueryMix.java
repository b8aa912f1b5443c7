package org.liaison.search.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.liaison.search.SearchRequest;

/**
 * A fixed mix of queries in five languages (seeded): single words, two words, phrases taken from
 * generated titles, typos, and words with facet filters (type, region, goal, country and year). The
 * words are those a searcher types, as the {@link Vocabulary} draws them.
 */
final class QueryMix {

	enum Kind {
		WORD, TWO_WORDS, PHRASE, TYPO, FACET, FILTERS
	}

	record Query(Kind kind, String language, SearchRequest request) {
	}

	private QueryMix() {
	}

	static List<Query> of(Vocabulary vocabulary, int count, long projects) {
		Random random = new Random(20261128);
		List<Query> queries = new ArrayList<>(count);
		Kind[] kinds = Kind.values();
		int[] weights = { 30, 15, 15, 15, 15, 10 };
		for (int i = 0; i < count; i++) {
			Kind kind = pick(kinds, weights, random);
			String language = BenchData.LANGUAGES.get(random.nextInt(BenchData.LANGUAGES.size()));
			String word = vocabulary.queryWord(language, random);
			SearchRequest request = switch (kind) {
				case WORD -> SearchRequest.of(word, language);
				case TWO_WORDS -> SearchRequest.of(word + " " + vocabulary.queryWord(language, random), language);
				case PHRASE -> {
					long n = random.nextLong(Math.max(1, projects));
					String title = (BenchData.secondLanguage(n) != null && !"en".equals(language))
							? BenchData.secondLanguage(n) : "en";
					List<String> titleWords = BenchData.titleWords(vocabulary, n, title);
					int at = random.nextInt(titleWords.size() - 1);
					yield SearchRequest.of('"' + titleWords.get(at) + " " + titleWords.get(at + 1) + '"', language);
				}
				case TYPO -> SearchRequest.of(typo(vocabulary.longQueryWord(language, random), random), language);
				case FACET -> {
					String[] facet = switch (random.nextInt(3)) {
						case 0 -> new String[] { "type", random.nextBoolean() ? "project" : "news" };
						case 1 -> new String[] { "region", "africa" };
						default -> new String[] { "goal", "research-excellence" };
					};
					yield SearchRequest.of(word, language).withFilter(facet[0], facet[1]);
				}
				case FILTERS -> SearchRequest.of(word, language)
					.withFilter("country", BenchData.COUNTRIES.get(random.nextInt(BenchData.COUNTRIES.size())).toLowerCase())
					.withFilter("year", String.valueOf(2000 + random.nextInt(26)));
			};
			queries.add(new Query(kind, language, request));
		}
		return queries;
	}

	private static String typo(String word, Random random) {
		int at = 1 + random.nextInt(word.length() - 2);
		char replacement = (char) ('a' + random.nextInt(26));
		return word.substring(0, at) + replacement + word.substring(at + 1);
	}

	private static Kind pick(Kind[] kinds, int[] weights, Random random) {
		int roll = random.nextInt(100);
		for (int i = 0; i < kinds.length; i++) {
			roll -= weights[i];
			if (roll < 0) {
				return kinds[i];
			}
		}
		return kinds[0];
	}

	static Map<Kind, Integer> counts(List<Query> queries) {
		Map<Kind, Integer> counts = new java.util.EnumMap<>(Kind.class);
		queries.forEach(q -> counts.merge(q.kind(), 1, Integer::sum));
		return counts;
	}

}
