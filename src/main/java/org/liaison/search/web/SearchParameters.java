package org.liaison.search.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.liaison.common.web.PageNumber;
import org.liaison.search.SearchRequest;
import org.liaison.search.SearchService;
import org.liaison.security.LiaisonUser;

import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search's request parameters, the same for the page and the API: {@code q}, {@code sort},
 * {@code page}, {@code size} and one multi-valued parameter per facet ({@code type=project&region=africa}).
 */
final class SearchParameters {

	private SearchParameters() {
	}

	/** The request of these parameters; {@code staff} when the reader is signed in or calls with an API token ({@link LiaisonUser#currentIsStaff()}). */
	static SearchRequest read(MultiValueMap<String, String> parameters, String language) {
		Map<String, List<String>> filters = new LinkedHashMap<>();
		for (String facet : SearchService.FACETS) {
			List<String> values = parameters.get(facet);
			if (values != null) {
				filters.put(facet, values);
			}
		}
		int size = SearchRequest.DEFAULT_PAGE_SIZE;
		String sizeText = parameters.getFirst("size");
		if (sizeText != null && sizeText.matches("\\d{1,3}")) {
			size = Integer.parseInt(sizeText);
		}
		return new SearchRequest(parameters.getFirst("q"), filters, SearchRequest.Sort.parse(parameters.getFirst("sort")),
				PageNumber.parse(parameters.getFirst("page")), size, language, LiaisonUser.currentIsStaff());
	}

	/** The query string that asks for {@code request} (first page unless {@code page} > 1). */
	static String queryString(String text, Map<String, List<String>> filters, SearchRequest.Sort sort, int page) {
		UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
		if (!text.isEmpty()) {
			builder.queryParam("q", text);
		}
		filters.forEach((facet, values) -> values.forEach(v -> builder.queryParam(facet, v)));
		if (sort != SearchRequest.Sort.RELEVANCE) {
			builder.queryParam("sort", sort.code());
		}
		if (page > 1) {
			builder.queryParam("page", page);
		}
		String query = builder.encode().build().getQuery();
		return (query == null) ? "" : query;
	}

}
