package org.liaison.search.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Words as real text has them: the English words of 400 real CORDIS records, each drawn as often as
 * it occurs there ({@code reference/cordis/words.txt}: a few thousand times for "the", once for most
 * words); Hungarian, German, French and Spanish on the same rank/frequency curve, the word at each
 * English rank a {@link KnownWords known word} of the language or else a {@link PseudoWords pseudo-word}.
 * Queries take the words a searcher types: content words (no {@link KnownWords#FUNCTION_WORDS function
 * words}) by how often they occur, among those counted {@value #QUERY_MIN_COUNT} times or more, which
 * even a small run's texts in every language hold.
 */
final class RealisticVocabulary implements Vocabulary {

	static final int QUERY_MIN_COUNT = 10;

	/** The words of each language, by English rank. */
	private final Map<String, String[]> words = new HashMap<>();

	/** The running sum of the English counts, by rank: rank r is drawn with probability count(r) / total. */
	private final int[] cumulative;

	/** The ranks queries draw from, and the running sum of their counts. */
	private final int[] queryRanks;

	private final int[] queryCumulative;

	private RealisticVocabulary(List<String> english, int[] counts) {
		words.put("en", english.toArray(String[]::new));
		for (String language : BenchData.LANGUAGES.subList(1, BenchData.LANGUAGES.size())) {
			words.put(language, translate(english, language));
		}
		this.cumulative = cumulative(counts);
		List<Integer> ranks = new ArrayList<>();
		for (int rank = 0; rank < counts.length; rank++) {
			if (counts[rank] >= QUERY_MIN_COUNT && !KnownWords.FUNCTION_WORDS.contains(english.get(rank))) {
				ranks.add(rank);
			}
		}
		this.queryRanks = ranks.stream().mapToInt(Integer::intValue).toArray();
		this.queryCumulative = cumulative(Arrays.stream(queryRanks).map(rank -> counts[rank]).toArray());
	}

	static RealisticVocabulary load() {
		List<String> english = new ArrayList<>();
		List<Integer> counts = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				RealisticVocabulary.class.getResourceAsStream("/reference/cordis/words.txt"), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.startsWith("#") && !line.isBlank()) {
					String[] wordAndCount = line.split("\t");
					english.add(wordAndCount[0]);
					counts.add(Integer.parseInt(wordAndCount[1]));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new RealisticVocabulary(english, counts.stream().mapToInt(Integer::intValue).toArray());
	}

	/** The words of {@code language} at the English ranks: known words first, pseudo-words where none is known. */
	private static String[] translate(List<String> english, String language) {
		Map<String, String> known = KnownWords.of(language);
		String[] translated = new String[english.size()];
		Set<String> taken = new HashSet<>();
		for (int rank = 0; rank < translated.length; rank++) {
			String word = known.get(english.get(rank));
			if (word != null && taken.add(word.toLowerCase(Locale.ROOT))) {
				translated[rank] = word;
			}
		}
		for (int rank = 0; rank < translated.length; rank++) {
			for (int attempt = 0; translated[rank] == null; attempt++) {
				String word = PseudoWords.of(language, english.get(rank), attempt);
				if (taken.add(word.toLowerCase(Locale.ROOT))) {
					translated[rank] = word;
				}
			}
		}
		return translated;
	}

	@Override
	public String name() {
		return "realistic";
	}

	@Override
	public String description() {
		return String.format(Locale.ROOT, "realistic: %,d words a language, the English ones drawn as often as they occur "
				+ "in 400 real CORDIS records (%,d words in all), the others on the same rank/frequency curve; queries "
				+ "take %,d content words (no function words) counted %d times or more, by their counts", cumulative.length,
				cumulative[cumulative.length - 1], queryRanks.length, QUERY_MIN_COUNT);
	}

	@Override
	public String word(String language, Random random) {
		return words.get(language)[draw(cumulative, random)];
	}

	@Override
	public String queryWord(String language, Random random) {
		return words.get(language)[queryRanks[draw(queryCumulative, random)]];
	}

	/** Distinct words of {@code language}. */
	int size(String language) {
		return (int) Arrays.stream(words.get(language)).map(w -> w.toLowerCase(Locale.ROOT)).distinct().count();
	}

	private static int[] cumulative(int[] counts) {
		int[] cumulative = new int[counts.length];
		int sum = 0;
		for (int i = 0; i < counts.length; i++) {
			sum += counts[i];
			cumulative[i] = sum;
		}
		return cumulative;
	}

	/** The index a weighted draw lands on: the first whose running sum exceeds a number below the total. */
	private static int draw(int[] cumulative, Random random) {
		int at = Arrays.binarySearch(cumulative, random.nextInt(cumulative[cumulative.length - 1]));
		// an exact hit is the end of that index's range, so the draw belongs to the next one
		return (at >= 0) ? at + 1 : -at - 1;
	}

}
