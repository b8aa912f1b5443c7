package org.liaison.api.web;

import java.time.LocalDate;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.liaison.content.ContentService;
import org.liaison.content.Document;
import org.liaison.content.Page;

import org.springframework.http.HttpHeaders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/pages} and {@code /api/v1/documents}: the published ones, by slug. */
@RestController
@Tag(name = "Pages and documents")
@Transactional(readOnly = true)
class ContentApiController {

	private final ContentService content;

	private final ApiRequests requests;

	private final Paging paging;

	ContentApiController(ContentService content, ApiRequests requests, Paging paging) {
		this.content = content;
		this.requests = requests;
		this.paging = paging;
	}

	@GetMapping("/api/v1/pages")
	@Operation(summary = "Published pages, by slug")
	Listing<PageJson> pages(@Parameter(description = ApiParameters.LANG) @RequestParam(required = false) String lang,
			@Parameter(description = ApiParameters.LIMIT) @RequestParam(required = false) String limit,
			@Parameter(description = ApiParameters.CURSOR) @RequestParam(required = false) String cursor,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		ApiLanguage language = requests.language(lang, acceptLanguage);
		return paging.page("pages", content.publishedPages(), Page::getSlug, cursor, paging.limit(limit),
				p -> PageJson.of(p, language), language);
	}

	@GetMapping("/api/v1/pages/{slug}")
	@Operation(summary = "One published page")
	PageJson page(@PathVariable String slug,
			@Parameter(description = ApiParameters.LANG) @RequestParam(required = false) String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		ApiLanguage language = requests.language(lang, acceptLanguage);
		return content.publishedPage(slug).map(p -> PageJson.of(p, language))
			.orElseThrow(() -> ApiException.notFound("published page", slug));
	}

	@GetMapping("/api/v1/documents")
	@Operation(summary = "Published documents, by slug")
	Listing<DocumentJson> documents(@Parameter(description = ApiParameters.LANG) @RequestParam(required = false) String lang,
			@Parameter(description = ApiParameters.LIMIT) @RequestParam(required = false) String limit,
			@Parameter(description = ApiParameters.CURSOR) @RequestParam(required = false) String cursor,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		ApiLanguage language = requests.language(lang, acceptLanguage);
		return paging.page("documents", content.publishedDocuments(), Document::getSlug, cursor, paging.limit(limit),
				d -> DocumentJson.of(d, language), language);
	}

	@GetMapping("/api/v1/documents/{slug}")
	@Operation(summary = "One published document")
	DocumentJson document(@PathVariable String slug,
			@Parameter(description = ApiParameters.LANG) @RequestParam(required = false) String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		ApiLanguage language = requests.language(lang, acceptLanguage);
		return content.publishedDocument(slug).map(d -> DocumentJson.of(d, language))
			.orElseThrow(() -> ApiException.notFound("published document", slug));
	}

	/** A page of the portal; {@code body} is Markdown. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(name = "Page")
	record PageJson(String slug, Text title, Text summary, @Schema(description = "Markdown") Text body,
			String portalUrl) {

		static PageJson of(Page page, ApiLanguage language) {
			return new PageJson(page.getSlug(), Text.of(page.getTitle(), language), Text.of(page.getSummary(), language),
					Text.of(page.getBody(), language), language.portalUrl("pages/" + page.getSlug()));
		}

	}

	/** A document such as council conclusions; {@code url} is where its full text is published. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(name = "Document")
	record DocumentJson(String slug, String kind, Text title, Text summary, Text quote, LocalDate issuedOn,
			String issuer, String url, String portalUrl) {

		static DocumentJson of(Document document, ApiLanguage language) {
			return new DocumentJson(document.getSlug(), document.getKind().name().toLowerCase(Locale.ROOT),
					Text.of(document.getTitle(), language), Text.of(document.getSummary(), language),
					Text.of(document.getQuote(), language), document.getIssuedOn(), document.getIssuer(),
					document.getUrl(), language.portalUrl("documents/" + document.getSlug()));
		}

	}

}
