package org.liaison.search.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.liaison.search.SearchRequest;

/** Addresses of the search page that change one thing of the current search: a filter, the sort, the query. */
public record SearchLinks(String base, SearchRequest request) {

	/** This search with {@code value} of {@code facet} added, or removed when it is selected; back to page 1. */
	public String toggle(String facet, String value) {
		Map<String, List<String>> filters = new LinkedHashMap<>(request.filters());
		List<String> values = new ArrayList<>(filters.getOrDefault(facet, List.of()));
		if (!values.remove(value)) {
			values.add(value);
		}
		if (values.isEmpty()) {
			filters.remove(facet);
		}
		else {
			filters.put(facet, values);
		}
		return href(request.text(), filters, request.sort(), 1);
	}

	/** The same query without any filter. */
	public String clearFilters() {
		return href(request.text(), Map.of(), request.sort(), 1);
	}

	/** Another query with the same filters and sort. */
	public String query(String text) {
		return href(text, request.filters(), request.sort(), 1);
	}

	/** The current search without its page number, for the pager to add one. */
	public String pagerBase() {
		return href(request.text(), request.filters(), request.sort(), 1);
	}

	private String href(String text, Map<String, List<String>> filters, SearchRequest.Sort sort, int page) {
		String query = SearchParameters.queryString(text, filters, sort, page);
		return query.isEmpty() ? base : base + "?" + query;
	}

}
