package org.liaison.search.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.liaison.common.search.SearchFields;

/**
 * Facet counts estimated from the facet sample ({@link SearchFields#FACET_SAMPLE}) of a search's
 * matches: a value seen on {@code c} of the {@code s} sampled matches is on about {@code c × total / s}
 * of all of them. Rounded to two significant digits, since that is all a sample can tell.
 */
public final class FacetEstimates {

	private FacetEstimates() {
	}

	/**
	 * The estimated counts per facet (in the order of {@code facets}), the {@code size} most frequent
	 * values of each; null when the sample holds no match (then count exactly).
	 *
	 * @param sample the counts of the sample's {@code facet:value} terms among the matches
	 * @param total the number of matches
	 */
	public static Map<String, Map<Object, Long>> of(Map<String, Long> sample, long total, List<String> facets,
			int size) {
		long sampled = 0;
		for (Map.Entry<String, Long> entry : sample.entrySet()) {
			if (entry.getKey().startsWith(SearchFields.TYPE + ':')) {
				sampled += entry.getValue(); // every document has exactly one type
			}
		}
		if (sampled == 0) {
			return null;
		}
		Map<String, Map<Object, Long>> counts = new LinkedHashMap<>();
		facets.forEach(facet -> counts.put(facet, new LinkedHashMap<>()));
		double scale = (double) total / sampled;
		sample.entrySet().stream()
			.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
			.forEach(entry -> {
				int colon = entry.getKey().indexOf(':');
				Map<Object, Long> values = counts.get(entry.getKey().substring(0, Math.max(colon, 0)));
				if (values != null && values.size() < size) {
					values.put(entry.getKey().substring(colon + 1), round(Math.min(total, entry.getValue() * scale)));
				}
			});
		return counts;
	}

	/** Two significant digits, at least 1. */
	public static long round(double estimate) {
		if (estimate < 1) {
			return 1;
		}
		double magnitude = Math.pow(10, Math.max(0, Math.floor(Math.log10(estimate)) - 1));
		return Math.max(1, Math.round(estimate / magnitude) * (long) magnitude);
	}

}
