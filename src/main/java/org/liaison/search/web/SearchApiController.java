package org.liaison.search.web;

import java.time.LocalDate;
import java.util.List;

import org.liaison.common.web.PortalLanguages;
import org.liaison.search.SearchHit;
import org.liaison.search.SearchRequest;
import org.liaison.search.SearchResults;
import org.liaison.search.SearchService;
import org.liaison.search.Suggestion;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/search}: the search page's results as JSON, with the same parameters (and
 * {@code lang}, the reader's language); {@code /api/v1/search/suggest?q=}: completions after two letters.
 */
@RestController
class SearchApiController {

	private final SearchService search;

	private final PortalLanguages languages;

	SearchApiController(SearchService search, PortalLanguages languages) {
		this.search = search;
		this.languages = languages;
	}

	/** Staff (an API token; on the portal, a signed-in session) also get drafts, commitments and internal text; the answer is then not cacheable. */
	@GetMapping("/api/v1/search")
	Results search(@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response) {
		String language = language(parameters.getFirst("lang"));
		SearchResults results = search.search(SearchParameters.read(parameters, language));
		SearchRequest request = results.request();
		if (request.staff()) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
		}
		return new Results(request.text(), language, results.total(), request.page(), results.pageCount(),
				request.sort().code(), results.didYouMean(),
				results.hits().stream().map(hit -> Hit.of(hit, language, request.staff())).toList(), results.facets(),
				results.facetsEstimated());
	}

	@GetMapping("/api/v1/search/suggest")
	List<Completion> suggest(@RequestParam(name = "q", required = false) String text,
			@RequestParam(name = "lang", required = false) String lang) {
		String language = language(lang);
		return search.suggest(text, language).stream().map(s -> Completion.of(s, language)).toList();
	}

	private String language(String requested) {
		return (requested != null && languages.supports(requested)) ? requested : languages.defaultLanguage();
	}

	record Results(String q, String lang, long total, int page, int pageCount, String sort, String didYouMean,
			List<Hit> hits, List<SearchResults.Facet> facets, boolean facetsEstimated) {
	}

	/**
	 * One result; {@code snippet} is HTML with the matched words in {@code <mark>}; {@code internal}
	 * (staff only) marks drafts, commitments and the like, {@code adminUrl} their back-office page.
	 */
	record Hit(String type, String title, String titleLanguage, String label, String url, String snippet,
			String snippetLanguage, LocalDate date, boolean internal, String adminUrl) {

		static Hit of(SearchHit hit, String language, boolean staff) {
			return new Hit(hit.type(), (hit.title() == null) ? null : hit.title().text(),
					(hit.title() == null) ? null : hit.title().language(), hit.label(), portalUrl(hit.path(), language),
					hit.snippet(), hit.snippetLanguage(), hit.date(), hit.internal(), staff ? hit.adminPath() : null);
		}

	}

	record Completion(String type, String text, String url) {

		static Completion of(Suggestion suggestion, String language) {
			return new Completion(suggestion.type(), suggestion.text(), portalUrl(suggestion.path(), language));
		}

	}

	static String portalUrl(String path, String language) {
		return (path == null) ? null : "/" + language + "/" + path;
	}

}
