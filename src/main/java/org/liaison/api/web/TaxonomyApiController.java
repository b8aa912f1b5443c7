package org.liaison.api.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.liaison.taxonomy.TaxonomyService;
import org.liaison.taxonomy.Term;
import org.liaison.taxonomy.TermPaths;
import org.liaison.taxonomy.Vocabulary;

import org.springframework.http.HttpHeaders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/vocabularies} and their terms: policy goals, Digital4Development priorities, themes,
 * and the classifications imports bring (CORDIS priorities, EuroSciVoc).
 */
@RestController
@Tag(name = "Vocabularies and terms")
@Transactional(readOnly = true)
class TaxonomyApiController {

	private final TaxonomyService taxonomy;

	private final ApiRequests requests;

	private final Paging paging;

	TaxonomyApiController(TaxonomyService taxonomy, ApiRequests requests, Paging paging) {
		this.taxonomy = taxonomy;
		this.requests = requests;
		this.paging = paging;
	}

	@GetMapping("/api/v1/vocabularies")
	@Operation(summary = "Vocabularies, by code")
	Listing<VocabularyJson> vocabularies(
			@Parameter(description = ApiParameters.LANG) @RequestParam(required = false) String lang,
			@Parameter(description = ApiParameters.LIMIT) @RequestParam(required = false) String limit,
			@Parameter(description = ApiParameters.CURSOR) @RequestParam(required = false) String cursor,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		ApiLanguage language = requests.language(lang, acceptLanguage);
		return paging.page("vocabularies", taxonomy.vocabularies(), Vocabulary::getCode, cursor, paging.limit(limit),
				v -> VocabularyJson.of(v, language), language);
	}

	@GetMapping("/api/v1/vocabularies/{code}")
	@Operation(summary = "One vocabulary")
	VocabularyJson vocabulary(@Parameter(description = "Vocabulary code, e.g. policy-goals") @PathVariable String code,
			@Parameter(description = ApiParameters.LANG) @RequestParam(required = false) String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		ApiLanguage language = requests.language(lang, acceptLanguage);
		return taxonomy.vocabulary(code).map(v -> VocabularyJson.of(v, language))
			.orElseThrow(() -> ApiException.notFound("vocabulary", code));
	}

	@GetMapping("/api/v1/vocabularies/{code}/terms")
	@Operation(summary = "A vocabulary's terms, by slug")
	Listing<TermJson> terms(@Parameter(description = "Vocabulary code, e.g. policy-goals") @PathVariable String code,
			@Parameter(description = ApiParameters.LANG) @RequestParam(required = false) String lang,
			@Parameter(description = ApiParameters.LIMIT) @RequestParam(required = false) String limit,
			@Parameter(description = ApiParameters.CURSOR) @RequestParam(required = false) String cursor,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		ApiLanguage language = requests.language(lang, acceptLanguage);
		if (taxonomy.vocabulary(code).isEmpty()) {
			throw ApiException.notFound("vocabulary", code);
		}
		return paging.page("terms", taxonomy.terms(code), Term::getSlug, cursor, paging.limit(limit),
				t -> TermJson.of(t, language), language);
	}

	@GetMapping("/api/v1/vocabularies/{code}/terms/{slug}")
	@Operation(summary = "One term")
	TermJson term(@Parameter(description = "Vocabulary code, e.g. policy-goals") @PathVariable String code,
			@Parameter(description = "The term's slug") @PathVariable String slug,
			@Parameter(description = ApiParameters.LANG) @RequestParam(required = false) String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		ApiLanguage language = requests.language(lang, acceptLanguage);
		return taxonomy.term(code, slug).map(t -> TermJson.of(t, language))
			.orElseThrow(() -> ApiException.notFound("term", code + "/" + slug));
	}

	@Schema(name = "Vocabulary")
	record VocabularyJson(@Schema(example = "policy-goals") String code, Text name, int position, String terms) {

		static VocabularyJson of(Vocabulary vocabulary, ApiLanguage language) {
			return new VocabularyJson(vocabulary.getCode(), Text.of(vocabulary.getName(), language),
					vocabulary.getPosition(), "/api/v1/vocabularies/" + vocabulary.getCode() + "/terms");
		}

	}

	/** A term; {@code portalUrl} is its page, where the portal has one (goals, priorities, themes). */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(name = "Term")
	record TermJson(String vocabulary, @Schema(example = "connectivity") String slug, Text name, Text description,
			int position, String portalUrl) {

		static TermJson of(Term term, ApiLanguage language) {
			String vocabulary = term.getVocabulary().getCode();
			boolean hasPage = vocabulary.equals(Vocabulary.POLICY_GOALS) || vocabulary.equals(Vocabulary.D4D_PRIORITIES)
					|| vocabulary.equals(Vocabulary.THEMES);
			return new TermJson(vocabulary, term.getSlug(), Text.of(term.getName(), language),
					Text.of(term.getDescription(), language), term.getPosition(),
					hasPage ? language.portalUrl(TermPaths.pathOf(term)) : null);
		}

	}

}
