package org.liaison.api.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.liaison.content.ContentService;
import org.liaison.content.NewsItem;

import org.springframework.http.HttpHeaders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/news}: published news, latest first; one published item. */
@RestController
@Tag(name = "News")
class NewsApiController {

	private final ContentService content;

	private final ApiRequests requests;

	private final Paging paging;

	NewsApiController(ContentService content, ApiRequests requests, Paging paging) {
		this.content = content;
		this.requests = requests;
		this.paging = paging;
	}

	@GetMapping("/api/v1/news")
	@Transactional(readOnly = true)
	@Operation(summary = "Published news, latest first")
	Listing<NewsJson> list(
			@Parameter(description = "Language of texts (a language tag), or all") @RequestParam(required = false) String lang,
			@Parameter(description = "Items per page, 1 to the maximum (100 by default)") @RequestParam(required = false) String limit,
			@Parameter(description = "Where the page starts: the cursor of the previous page's next link") @RequestParam(required = false) String cursor,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		ApiLanguage language = requests.language(lang, acceptLanguage);
		int size = paging.limit(limit);
		String[] after = Cursor.decode(cursor, "news", 2);
		LocalDate afterDate = null;
		Long afterId = null;
		if (after != null) {
			try {
				afterDate = LocalDate.parse(after[0]);
			}
			catch (java.time.format.DateTimeParseException ex) {
				throw Cursor.invalid(cursor);
			}
			afterId = Cursor.number(after, 1, cursor);
		}
		List<NewsItem> found = content.publishedNewsAfter(afterDate, afterId, size + 1);
		boolean more = found.size() > size;
		List<NewsItem> page = more ? found.subList(0, size) : found;
		NewsItem last = page.isEmpty() ? null : page.get(page.size() - 1);
		String next = more
				? Paging.next(Cursor.encode("news", last.getPublishedOn().toString(), String.valueOf(last.getId()))) : null;
		return new Listing<>(page.stream().map(item -> NewsJson.of(item, language)).toList(), next, size,
				language.label());
	}

	@GetMapping("/api/v1/news/{slug}")
	@Transactional(readOnly = true)
	@Operation(summary = "One published news item")
	NewsJson item(@PathVariable String slug,
			@Parameter(description = "Language of texts (a language tag), or all") @RequestParam(required = false) String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		ApiLanguage language = requests.language(lang, acceptLanguage);
		return content.publishedNewsForPage(slug).map(item -> NewsJson.of(item, language))
			.orElseThrow(() -> ApiException.notFound("published news item", slug));
	}

}
