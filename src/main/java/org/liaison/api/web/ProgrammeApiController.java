package org.liaison.api.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.liaison.project.Organisation;
import org.liaison.project.Programme;
import org.liaison.project.ProjectService;

import org.springframework.http.HttpHeaders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/programmes} (by slug) and {@code /api/v1/organisations} (by id, read a page at a time). */
@RestController
@Tag(name = "Programmes and organisations")
@Transactional(readOnly = true)
class ProgrammeApiController {

	private final ProjectService projects;

	private final ApiRequests requests;

	private final Paging paging;

	ProgrammeApiController(ProjectService projects, ApiRequests requests, Paging paging) {
		this.projects = projects;
		this.requests = requests;
		this.paging = paging;
	}

	@GetMapping("/api/v1/programmes")
	@Operation(summary = "Funding programmes, by slug")
	Listing<ProgrammeJson> programmes(@Parameter(description = ApiParameters.LANG) @RequestParam(required = false) String lang,
			@Parameter(description = ApiParameters.LIMIT) @RequestParam(required = false) String limit,
			@Parameter(description = ApiParameters.CURSOR) @RequestParam(required = false) String cursor,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		ApiLanguage language = requests.language(lang, acceptLanguage);
		return paging.page("programmes", projects.programmes(), Programme::getSlug, cursor, paging.limit(limit),
				p -> ProgrammeJson.of(p, language), language);
	}

	@GetMapping("/api/v1/programmes/{slug}")
	@Operation(summary = "One programme")
	ProgrammeJson programme(@PathVariable String slug,
			@Parameter(description = ApiParameters.LANG) @RequestParam(required = false) String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		ApiLanguage language = requests.language(lang, acceptLanguage);
		return projects.programme(slug).map(p -> ProgrammeJson.of(p, language))
			.orElseThrow(() -> ApiException.notFound("programme", slug));
	}

	@GetMapping("/api/v1/organisations")
	@Operation(summary = "Organisations taking part in projects, by id")
	Listing<OrganisationJson> organisations(
			@Parameter(description = ApiParameters.LIMIT) @RequestParam(required = false) String limit,
			@Parameter(description = ApiParameters.CURSOR) @RequestParam(required = false) String cursor) {
		int size = paging.limit(limit);
		String[] after = Cursor.decode(cursor, "organisations", 1);
		List<Organisation> found = projects.organisationsAfter(null, (after == null) ? null : Cursor.number(after, 0, cursor),
				size + 1);
		boolean more = found.size() > size;
		List<Organisation> page = more ? found.subList(0, size) : found;
		String next = more ? Paging.next(Cursor.encode("organisations", String.valueOf(page.get(size - 1).getId())))
				: null;
		return new Listing<>(page.stream().map(OrganisationJson::of).toList(), next, size, null);
	}

	@GetMapping("/api/v1/organisations/{id}")
	@Operation(summary = "One organisation")
	OrganisationJson organisation(@PathVariable long id) {
		return projects.organisation(id).map(OrganisationJson::of)
			.orElseThrow(() -> ApiException.notFound("organisation", String.valueOf(id)));
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(name = "Programme")
	record ProgrammeJson(@Schema(example = "horizon-2020") String slug, Text name, Text description, Integer startYear,
			Integer endYear, String projects, String portalUrl) {

		static ProgrammeJson of(Programme programme, ApiLanguage language) {
			return new ProgrammeJson(programme.getSlug(), Text.of(programme.getName(), language),
					Text.of(programme.getDescription(), language), programme.getStartYear(), programme.getEndYear(),
					"/api/v1/projects?programme=" + programme.getSlug(),
					language.portalUrl("programmes/" + programme.getSlug()));
		}

	}

	/** An organisation; {@code source}/{@code sourceId} say where an imported one came from (a CORDIS organisation id). */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(name = "Organisation")
	record OrganisationJson(long id, String name, String shortName, String country, String kind, String website,
			String source, String sourceId) {

		static OrganisationJson of(Organisation organisation) {
			return new OrganisationJson(organisation.getId(), organisation.getName(), organisation.getShortName(),
					(organisation.getCountry() == null) ? null : organisation.getCountry().getCode(),
					organisation.getKind(), organisation.getWebsite(), organisation.getSource(),
					organisation.getSourceId());
		}

	}

}
