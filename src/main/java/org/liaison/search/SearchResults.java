package org.liaison.search;

import java.util.List;

/**
 * A page of results, with the facets of the whole result set.
 *
 * @param request what was asked
 * @param total the number of matching items (an estimate when {@code facetsEstimated})
 * @param hits this page's results
 * @param facets counts per facet value, for narrowing the search
 * @param facetsEstimated whether the total and the facet counts are estimates (from a sample of very many
 *        matches), not exact
 * @param didYouMean a corrected query when the words as typed match nothing, else null
 * @param tookMillis the time the search took
 */
public record SearchResults(SearchRequest request, long total, List<SearchHit> hits, List<Facet> facets,
		boolean facetsEstimated, String didYouMean, long tookMillis) {

	public int pageCount() {
		return (int) Math.max(1, (total + request.pageSize() - 1) / request.pageSize());
	}

	/** One facet and its values with counts, most frequent first. */
	public record Facet(String name, List<FacetValue> values) {
	}

	/**
	 * @param value the value as filtered on (a code, a slug, a year)
	 * @param label the value as shown to the reader
	 * @param count matching items with this value
	 * @param selected whether the request filters on this value
	 */
	public record FacetValue(String value, String label, long count, boolean selected) {
	}

}
