package org.liaison.api.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.liaison.common.search.SearchFields;
import org.liaison.project.Project;
import org.liaison.project.ProjectFilter;
import org.liaison.project.ProjectService;
import org.liaison.search.SearchHit;
import org.liaison.search.SearchRequest;
import org.liaison.search.SearchResults;
import org.liaison.search.SearchService;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/projects}: the project list with the portal's filters, a text query (through the
 * search index) and the source id; one project with its participants.
 */
@RestController
@Tag(name = "Projects")
class ProjectApiController {

	private static final String PROJECT_PATH = "projects/";

	private final ProjectService projects;

	private final SearchService search;

	private final ApiRequests requests;

	private final Paging paging;

	ProjectApiController(ProjectService projects, SearchService search, ApiRequests requests, Paging paging) {
		this.projects = projects;
		this.search = search;
		this.requests = requests;
		this.paging = paging;
	}

	@GetMapping("/api/v1/projects")
	@Operation(summary = "Projects, filtered",
			description = "Without `q`, in the order they were recorded (a stable keyset order); with `q`, by relevance "
					+ "as the portal's search ranks them. Filters combine; each must name something that exists.")
	Listing<ProjectJson> list(
			@Parameter(description = "Policy region code, e.g. africa") @RequestParam(required = false) String region,
			@Parameter(description = "ISO 3166-1 alpha-2 country code, e.g. KE") @RequestParam(required = false) String country,
			@Parameter(description = "Slug of a policy goal") @RequestParam(required = false) String goal,
			@Parameter(description = "Slug of a Digital4Development priority") @RequestParam(required = false) String priority,
			@Parameter(description = "Slug of a programme, e.g. horizon-2020") @RequestParam(required = false) String programme,
			@Parameter(description = "Slug of a theme, e.g. internet-of-things (not with q)") @RequestParam(required = false) String theme,
			@Parameter(description = "Words to search for in any language (typos tolerated, \"phrases\" quoted)") @RequestParam(required = false) String q,
			@Parameter(description = "A source's id: CORDIS grant id or IATI activity identifier (not with q)") @RequestParam(required = false) String sourceId,
			@Parameter(description = "Language of texts (a language tag), or all") @RequestParam(required = false) String lang,
			@Parameter(description = "Items per page, 1 to the maximum (100 by default)") @RequestParam(required = false) String limit,
			@Parameter(description = "Where the page starts: the cursor of the previous page's next link") @RequestParam(required = false) String cursor,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		ApiLanguage language = requests.language(lang, acceptLanguage);
		int size = paging.limit(limit);
		ProjectFilter filter = requests.projectFilter(region, country, goal, priority, programme, theme);
		String source = (sourceId == null || sourceId.isBlank()) ? null : sourceId.strip();
		if (q != null && !q.isBlank()) {
			if (filter.theme() != null) {
				throw ApiException.badParameter("theme", theme, "cannot be combined with q: search has no theme filter");
			}
			if (source != null) {
				throw ApiException.badParameter("sourceId", sourceId, "cannot be combined with q");
			}
			return searched(q, filter, cursor, size, language);
		}
		String[] after = Cursor.decode(cursor, "projects", 1);
		Long afterId = (after == null) ? null : Cursor.number(after, 0, cursor);
		List<Project> found = projects.findAfter(filter, source, afterId, size + 1);
		boolean more = found.size() > size;
		List<Project> page = more ? found.subList(0, size) : found;
		String next = more ? Paging.next(Cursor.encode("projects", String.valueOf(page.get(size - 1).getId()))) : null;
		return new Listing<>(page.stream().map(p -> ProjectJson.of(p, language, false)).toList(), next, size,
				language.label());
	}

	@GetMapping("/api/v1/projects/{slug}")
	@Operation(summary = "One project, with its participants")
	ProjectJson project(@PathVariable String slug,
			@Parameter(description = "Language of texts (a language tag), or all") @RequestParam(required = false) String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		ApiLanguage language = requests.language(lang, acceptLanguage);
		return projects.projectForPage(slug).map(p -> ProjectJson.of(p, language, true))
			.orElseThrow(() -> ApiException.notFound("project", slug));
	}

	/** A page of search results: the cursor holds the page number and size, as relevance has no keyset. */
	private Listing<ProjectJson> searched(String q, ProjectFilter filter, String cursor, int limit,
			ApiLanguage language) {
		String[] key = Cursor.decode(cursor, "projects-search", 2);
		int page = (key == null) ? 1 : (int) Cursor.number(key, 0, cursor);
		int size = (key == null) ? limit : (int) Cursor.number(key, 1, cursor);
		if (page < 1 || size < 1 || size > paging.maxLimit()) {
			throw Cursor.invalid(cursor);
		}
		Map<String, List<String>> filters = new LinkedHashMap<>();
		filters.put(SearchFields.TYPE, List.of("project"));
		filter.asParameters().forEach((name, value) -> filters.put(name, List.of(value)));
		SearchResults results = search.search(new SearchRequest(q, filters, SearchRequest.Sort.RELEVANCE, page, size,
				language.tag(), false));
		List<String> slugs = new ArrayList<>();
		for (SearchHit hit : results.hits()) {
			if ("project".equals(hit.type()) && hit.path() != null && hit.path().startsWith(PROJECT_PATH)) {
				slugs.add(hit.path().substring(PROJECT_PATH.length()));
			}
		}
		Map<String, Project> bySlug = new LinkedHashMap<>();
		projects.projectsBySlug(slugs).forEach(p -> bySlug.put(p.getSlug(), p));
		List<ProjectJson> items = slugs.stream().filter(bySlug::containsKey)
			.map(slug -> ProjectJson.of(bySlug.get(slug), language, false)).toList();
		String next = ((long) page * size < results.total())
				? Paging.next(Cursor.encode("projects-search", String.valueOf(page + 1), String.valueOf(size))) : null;
		return new Listing<>(items, next, size, language.label());
	}

}
