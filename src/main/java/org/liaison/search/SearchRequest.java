package org.liaison.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a searcher asks for.
 *
 * @param text the query as typed: words (typos tolerated from five letters), {@code "quoted phrases"}; may be blank to browse by facets
 * @param filters selected facet values by facet name ({@link SearchService#FACETS}); values of one facet are alternatives, facets combine
 * @param sort the order of the results
 * @param page the page wanted, from 1
 * @param pageSize results per page
 * @param language the reader's language: titles and snippets are shown in it where they exist
 * @param staff whether a signed-in user asks: then drafts, unannounced meetings, commitments and
 * internal fields are searched too; never for an anonymous visitor
 */
public record SearchRequest(String text, Map<String, List<String>> filters, Sort sort, int page, int pageSize,
		String language, boolean staff) {

	public static final int DEFAULT_PAGE_SIZE = 20;

	public static final int MAX_PAGE_SIZE = 100;

	public SearchRequest {
		text = (text == null) ? "" : text.strip();
		Map<String, List<String>> kept = new LinkedHashMap<>();
		if (filters != null) {
			filters.forEach((facet, values) -> {
				List<String> nonBlank = (values == null) ? List.of()
						: values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
				if (SearchService.FACETS.contains(facet) && !nonBlank.isEmpty()) {
					kept.put(facet, nonBlank);
				}
			});
		}
		filters = Map.copyOf(kept);
		sort = (sort == null) ? Sort.RELEVANCE : sort;
		page = Math.max(1, page);
		pageSize = (pageSize < 1) ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE);
		language = (language == null || language.isBlank()) ? "en" : language;
	}

	/** A first page of results for {@code text}, sorted by relevance. */
	public static SearchRequest of(String text, String language) {
		return new SearchRequest(text, Map.of(), Sort.RELEVANCE, 1, DEFAULT_PAGE_SIZE, language, false);
	}

	public SearchRequest withFilter(String facet, String... values) {
		Map<String, List<String>> copy = new LinkedHashMap<>(filters);
		copy.put(facet, List.of(values));
		return new SearchRequest(text, copy, sort, page, pageSize, language, staff);
	}

	public SearchRequest withSort(Sort newSort) {
		return new SearchRequest(text, filters, newSort, page, pageSize, language, staff);
	}

	public SearchRequest withPage(int newPage) {
		return new SearchRequest(text, filters, sort, newPage, pageSize, language, staff);
	}

	/** The same search by signed-in staff ({@code true}) or by the public. */
	public SearchRequest withStaff(boolean asStaff) {
		return new SearchRequest(text, filters, sort, page, pageSize, language, asStaff);
	}

	/** How results are ordered. */
	public enum Sort {

		RELEVANCE, DATE, FUNDING;

		/** The sort named in a request parameter ({@code date}, {@code funding}); relevance otherwise. */
		public static Sort parse(String value) {
			if (value != null) {
				for (Sort sort : values()) {
					if (sort.name().equalsIgnoreCase(value.strip())) {
						return sort;
					}
				}
			}
			return RELEVANCE;
		}

		public String code() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

}
