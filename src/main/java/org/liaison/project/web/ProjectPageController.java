package org.liaison.project.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.liaison.admin.Previews;
import org.liaison.common.web.PageNumber;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.liaison.common.ItemRef;
import org.liaison.common.ItemType;
import org.liaison.common.web.Crumb;
import org.liaison.common.web.PageContext;
import org.liaison.content.LinkKind;
import org.liaison.content.RelatedContentService;
import org.liaison.geography.Country;
import org.liaison.geography.GeographyService;
import org.liaison.project.Participation;
import org.liaison.project.Project;
import org.liaison.project.ProjectFilter;
import org.liaison.project.ProjectPage;
import org.liaison.project.ProjectService;
import org.liaison.taxonomy.TaxonomyService;
import org.liaison.taxonomy.Vocabulary;
import org.liaison.common.web.Portal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/** The project list with its filters, and one project's page. */
@Controller
class ProjectPageController {

	private final ProjectService projects;

	private final GeographyService geography;

	private final TaxonomyService taxonomy;

	private final RelatedContentService related;

	private final Previews previews;

	ProjectPageController(ProjectService projects, GeographyService geography, TaxonomyService taxonomy,
			RelatedContentService related, Previews previews) {
		this.previews = previews;
		this.projects = projects;
		this.geography = geography;
		this.taxonomy = taxonomy;
		this.related = related;
	}

	@GetMapping(Portal.LANG + "/projects")
	String list(@ModelAttribute(name = "page", binding = false) PageContext page,
			@RequestParam(required = false) String region, @RequestParam(required = false) String country,
			@RequestParam(required = false) String goal, @RequestParam(required = false) String priority,
			@RequestParam(required = false) String programme,
			@RequestParam(name = "page", required = false) String pageNumber, Model model) {
		ProjectFilter filter = new ProjectFilter(region, country, goal, priority, programme);
		ProjectPage results = projects.find(filter, PageNumber.parse(pageNumber));
		if (results.page() > results.pageCount()) {
			throw PageNumber.notFound(results.page());
		}
		UriComponentsBuilder listHref = UriComponentsBuilder.fromPath(page.url("projects"));
		filter.asParameters().forEach(listHref::queryParam);
		model.addAttribute("filter", filter);
		model.addAttribute("results", results);
		model.addAttribute("listHref", listHref.encode().toUriString());
		model.addAttribute("regions", geography.regions());
		model.addAttribute("countries", countryOptions(filter, page.language()));
		model.addAttribute("goals", taxonomy.terms(Vocabulary.POLICY_GOALS));
		model.addAttribute("priorities", taxonomy.terms(Vocabulary.D4D_PRIORITIES));
		model.addAttribute("programmes", projects.programmes());
		model.addAttribute("crumbs", List.of(new Crumb(page.t("nav.home"), page.url("")),
				Crumb.here(page.t("project.list.title"))));
		return "project/list";
	}

	@GetMapping(Portal.LANG + "/projects/{slug}")
	String project(@ModelAttribute(name = "page", binding = false) PageContext page, @PathVariable String slug,
			Model model) {
		Project project = projects.projectForPage(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No project '" + slug + "'"));
		return fill(page, project, model);
	}

	/**
	 * A project's profile in any status as its public page will show it, in one of the portal's
	 * languages, with a "not published" banner. Under {@code /admin}: signed-in staff only, never cached
	 * or indexed.
	 */
	@GetMapping("/admin/projects/{id:\\d{1,18}}/preview/{lang}")
	String preview(@PathVariable long id, @PathVariable String lang, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Project project = projects.projectForPreview(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No project " + id));
		PageContext page = previews.page(lang, "projects/" + project.getSlug(), request, response);
		model.addAttribute("page", page);
		model.addAttribute("preview", true);
		return fill(page, project, model);
	}

	private String fill(PageContext page, Project project, Model model) {
		ItemRef ref = new ItemRef(ItemType.PROJECT, project.getSlug());
		model.addAttribute("project", project);
		model.addAttribute("participants", project.getParticipations().stream()
			.sorted(Comparator.comparing(Participation::getRole)
				.thenComparing(p -> p.getOrganisation().getName(), String.CASE_INSENSITIVE_ORDER))
			.toList());
		model.addAttribute("related", related.linksFrom(ref, LinkKind.RELATED));
		model.addAttribute("seeAlso", related.linksFrom(ref, LinkKind.SEE_ALSO));
		model.addAttribute("crumbs", List.of(new Crumb(page.t("nav.home"), page.url("")),
				new Crumb(page.t("project.list.title"), page.url("projects")), Crumb.here(project.getAcronym())));
		return "project/detail";
	}

	/** The countries projects work in, and the one filtered by even when it has none, by name. */
	private List<Country> countryOptions(ProjectFilter filter, String language) {
		List<Country> options = new ArrayList<>(projects.countriesWithProjects());
		if (filter.country() != null && options.stream().noneMatch(c -> c.getCode().equals(filter.country()))) {
			geography.country(filter.country()).ifPresent(options::add);
		}
		options.sort(Comparator.comparing(c -> c.getName().textFor(language)));
		return options;
	}

}
