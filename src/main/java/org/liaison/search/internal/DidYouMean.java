package org.liaison.search.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.hibernate.search.mapper.orm.session.SearchSession;

import org.liaison.search.SearchService;

/**
 * "Did you mean": when the words as typed match nothing and typos found results, each word that
 * matches nothing by itself is replaced by the closest word of those results' titles and summaries.
 * Uses only the results at hand, so it works on any backend.
 */
public final class DidYouMean {

	/** Corrections are looked for only when there are this many results or fewer. */
	public static final int AT_MOST_HITS = 10;

	private DidYouMean() {
	}

	/**
	 * The corrected query, or null when no correction is found. Asked only when the words as typed
	 * matched nothing (the search counted that already) and {@code rows}, found with typos, are few.
	 */
	public static String correct(SearchSession session, QueryText text, List<List<?>> rows, List<String> languages,
			Map<String, List<?>> filters, boolean staff) {
		if (rows.isEmpty()) {
			return null;
		}
		Set<String> vocabulary = new LinkedHashSet<>();
		for (List<?> row : rows) {
			for (int column = 2; column <= 4; column++) {
				HitReader.text(row.get(column)).asMap().values().forEach(t -> vocabulary.addAll(words(t)));
			}
		}
		List<String> corrected = new ArrayList<>();
		boolean changed = false;
		for (String word : text.words()) {
			String replacement = word;
			int edits = QueryText.maxEdits(word);
			if (edits > 0 && SearchService.exactCount(session, new QueryText(List.of(word), List.of()), languages, filters,
					staff) == 0) {
				String closest = closest(fold(word), vocabulary, edits);
				if (closest != null) {
					replacement = closest;
					changed = true;
				}
			}
			corrected.add(replacement);
		}
		text.phrases().forEach(p -> corrected.add('"' + p + '"'));
		return changed ? String.join(" ", corrected) : null;
	}

	private static String closest(String folded, Set<String> vocabulary, int maxEdits) {
		String best = null;
		int bestDistance = maxEdits + 1;
		for (String candidate : vocabulary) {
			int distance = distance(folded, fold(candidate));
			if (distance < bestDistance) {
				best = candidate.toLowerCase(Locale.ROOT);
				bestDistance = distance;
			}
		}
		return best;
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		for (String word : text.split("[^\\p{L}\\p{N}]+")) {
			if (word.length() >= QueryText.FUZZY_FROM - 1) {
				words.add(word);
			}
		}
		return words;
	}

	static String fold(String word) {
		return Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}

	/** Levenshtein distance. */
	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
