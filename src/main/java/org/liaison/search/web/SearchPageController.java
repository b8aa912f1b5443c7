package org.liaison.search.web;

import java.util.List;

import org.liaison.common.web.Crumb;
import org.liaison.common.web.PageContext;
import org.liaison.common.web.PageNumber;
import org.liaison.common.web.Portal;
import org.liaison.search.SearchRequest;
import org.liaison.search.SearchResults;
import org.liaison.search.SearchService;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page: a plain GET form, results with snippets, facets as links; no JavaScript needed, htmx used when there. */
@Controller
class SearchPageController {

	private final SearchService search;

	SearchPageController(SearchService search) {
		this.search = search;
	}

	/**
	 * The page; for htmx's requests as one types ({@code HX-Request}), only the results, which it
	 * puts in place of the old ones.
	 */
	@GetMapping(Portal.LANG + "/search")
	String search(@ModelAttribute(name = "page", binding = false) PageContext page,
			@RequestParam MultiValueMap<String, String> parameters,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response,
			Model model) {
		SearchRequest request = SearchParameters.read(parameters, page.language());
		SearchResults results = search.search(request);
		if (request.page() > results.pageCount()) {
			throw PageNumber.notFound(request.page());
		}
		model.addAttribute("results", results);
		model.addAttribute("links", new SearchLinks(page.url("search"), request));
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		if (request.staff()) {
			// Staff see drafts and internal text: no shared cache may keep this answer.
			response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
		}
		if ("true".equals(htmx)) {
			return "search/hits";
		}
		model.addAttribute("crumbs",
				List.of(new Crumb(page.t("nav.home"), page.url("")), Crumb.here(page.t("search.title"))));
		return "search/results";
	}

}
