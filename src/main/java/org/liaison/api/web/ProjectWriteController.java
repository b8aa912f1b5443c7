package org.liaison.api.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.liaison.common.LocalizedText;
import org.liaison.common.Money;
import org.liaison.geography.GeographyService;
import org.liaison.project.Project;
import org.liaison.project.ProjectService;
import org.liaison.project.ProjectService.NewProject;
import org.liaison.project.ProjectStatus;
import org.liaison.security.AuditAction;
import org.liaison.security.AuditLog;
import org.liaison.taxonomy.TaxonomyService;
import org.liaison.taxonomy.Vocabulary;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Creating, replacing and deleting projects with an API token of an officer or administrator. Each
 * write and its audit event share one transaction: both are kept, or neither.
 */
@RestController
@Tag(name = "Projects")
@SecurityRequirement(name = "token")
class ProjectWriteController {

	private final ProjectService projects;

	private final GeographyService geography;

	private final TaxonomyService taxonomy;

	private final ApiRequests requests;

	private final Etags etags;

	private final AuditLog audit;

	ProjectWriteController(ProjectService projects, GeographyService geography, TaxonomyService taxonomy,
			ApiRequests requests, Etags etags, AuditLog audit) {
		this.projects = projects;
		this.geography = geography;
		this.taxonomy = taxonomy;
		this.requests = requests;
		this.etags = etags;
		this.audit = audit;
	}

	@PostMapping("/api/v1/projects")
	@Transactional
	@Operation(summary = "Record a project", description = "Needs a token with the officer or administrator role.")
	ResponseEntity<ProjectJson> create(@Valid @RequestBody ProjectInput input,
			@Parameter(description = "Language of texts in the answer, or all") @RequestParam(required = false) String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		ApiLanguage language = requests.language(lang, acceptLanguage);
		NewProject draft = draft(input);
		if (projects.anyProject(input.slug()).isPresent()) {
			throw ApiException.conflict("A project with slug '" + input.slug() + "' exists already");
		}
		Project project = projects.createProject(draft);
		audit.record(AuditAction.CREATE, "project:" + project.getSlug(), "through the API");
		ProjectJson body = reread(project.getSlug(), language);
		return ResponseEntity.created(URI.create("/api/v1/projects/" + project.getSlug()))
			.eTag(etags.of(body))
			.body(body);
	}

	@PutMapping("/api/v1/projects/{slug}")
	@Transactional
	@Operation(summary = "Replace a project's fields",
			description = "Countries and terms are replaced; participants and the import source stay. With If-Match, "
					+ "refused (412) when the project has changed since it was read with the same lang.")
	ResponseEntity<ProjectJson> update(@PathVariable String slug, @Valid @RequestBody ProjectInput input,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Parameter(description = "Language of texts in the answer (and of the ETag If-Match is compared with), or all") @RequestParam(required = false) String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		ApiLanguage language = requests.language(lang, acceptLanguage);
		etags.requireMatch(ifMatch, reread(slug, language));
		NewProject draft = draft(input);
		if (!slug.equals(input.slug()) && projects.anyProject(input.slug()).isPresent()) {
			throw ApiException.conflict("A project with slug '" + input.slug() + "' exists already");
		}
		projects.updateProject(slug, draft);
		audit.record(AuditAction.UPDATE, "project:" + input.slug(),
				slug.equals(input.slug()) ? "through the API" : "through the API, slug was " + slug);
		ProjectJson body = reread(input.slug(), language);
		return ResponseEntity.ok().eTag(etags.of(body)).body(body);
	}

	@DeleteMapping("/api/v1/projects/{slug}")
	@Transactional
	@Operation(summary = "Delete a project", description = "With its participations. With If-Match, refused (412) "
			+ "when the project has changed since it was read with the same lang.")
	ResponseEntity<Void> delete(@PathVariable String slug,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Parameter(description = "The lang the If-Match ETag was read with") @RequestParam(required = false) String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		etags.requireMatch(ifMatch, reread(slug, requests.language(lang, acceptLanguage)));
		projects.deleteProject(slug);
		audit.record(AuditAction.DELETE, "project:" + slug, "through the API");
		return ResponseEntity.noContent().build();
	}

	private ProjectJson reread(String slug, ApiLanguage language) {
		return projects.anyProjectForPage(slug).map(p -> ProjectJson.of(p, language, true))
			.orElseThrow(() -> ApiException.notFound("project", slug));
	}

	/** The input as the service takes it, when everything it names exists; else each field that does not. */
	private NewProject draft(ProjectInput input) {
		List<InvalidFieldsException.FieldProblem> errors = new ArrayList<>();
		if (input.programme() != null && projects.programme(input.programme()).isEmpty()) {
			errors.add(new InvalidFieldsException.FieldProblem("programme", "is not a programme", input.programme()));
		}
		List<String> countries = (input.countries() == null) ? List.of()
				: input.countries().stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
		for (int i = 0; i < countries.size(); i++) {
			if (geography.country(countries.get(i)).isEmpty()) {
				errors.add(new InvalidFieldsException.FieldProblem("countries[" + i + "]", "is not a country",
						input.countries().get(i)));
			}
			else if (countries.subList(0, i).contains(countries.get(i))) {
				errors.add(new InvalidFieldsException.FieldProblem("countries[" + i + "]", "is named twice",
						input.countries().get(i)));
			}
		}
		checkTerms("goals", Vocabulary.POLICY_GOALS, input.goals(), errors);
		checkTerms("priorities", Vocabulary.D4D_PRIORITIES, input.priorities(), errors);
		checkTerms("themes", Vocabulary.THEMES, input.themes(), errors);
		if (input.startDate() != null && input.endDate() != null && input.endDate().isBefore(input.startDate())) {
			errors.add(new InvalidFieldsException.FieldProblem("endDate", "is before startDate " + input.startDate(),
					input.endDate().toString()));
		}
		if (!errors.isEmpty()) {
			throw new InvalidFieldsException(errors);
		}
		return new NewProject(input.slug(), input.acronym(), LocalizedText.of(input.title()),
				(input.summary() == null) ? LocalizedText.empty() : LocalizedText.of(input.summary()), input.programme(),
				blankToNull(input.grantId()),
				(input.status() == null) ? ProjectStatus.ONGOING : ProjectStatus.valueOf(input.status().toUpperCase(Locale.ROOT)),
				input.startDate(), input.endDate(), money(input.totalCost()), money(input.euContribution()),
				blankToNull(input.website()), countries, distinct(input.goals()), distinct(input.priorities()),
				distinct(input.themes()), List.of());
	}

	private void checkTerms(String field, String vocabulary, List<String> slugs,
			List<InvalidFieldsException.FieldProblem> errors) {
		if (slugs == null) {
			return;
		}
		for (int i = 0; i < slugs.size(); i++) {
			if (taxonomy.term(vocabulary, slugs.get(i)).isEmpty()) {
				errors.add(new InvalidFieldsException.FieldProblem(field + "[" + i + "]",
						"is not a term of the vocabulary '" + vocabulary + "'", slugs.get(i)));
			}
		}
	}

	private static List<String> distinct(List<String> values) {
		return (values == null) ? List.of() : values.stream().distinct().toList();
	}

	private static Money money(ProjectInput.AmountInput amount) {
		return (amount == null) ? null : new Money(amount.amount(), amount.currency());
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
