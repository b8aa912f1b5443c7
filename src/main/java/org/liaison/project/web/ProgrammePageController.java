package org.liaison.project.web;

import java.util.List;

import org.liaison.common.ItemRef;
import org.liaison.common.ItemType;
import org.liaison.common.web.Crumb;
import org.liaison.common.web.PageContext;
import org.liaison.content.LinkKind;
import org.liaison.content.RelatedContentService;
import org.liaison.project.Programme;
import org.liaison.project.ProjectFilter;
import org.liaison.project.ProjectService;
import org.liaison.common.web.Portal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A funding programme: what it is, its budget lines and the first page of its projects. */
@Controller
class ProgrammePageController {

	private final ProjectService projects;

	private final RelatedContentService related;

	ProgrammePageController(ProjectService projects, RelatedContentService related) {
		this.projects = projects;
		this.related = related;
	}

	@GetMapping(Portal.LANG + "/programmes/{slug}")
	String programme(@ModelAttribute(name = "page", binding = false) PageContext page, @PathVariable String slug,
			Model model) {
		Programme programme = projects.programme(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No programme '" + slug + "'"));
		ItemRef ref = new ItemRef(ItemType.PROGRAMME, programme.getSlug());
		model.addAttribute("programme", programme);
		model.addAttribute("budgetLines", projects.budgetLines(programme));
		model.addAttribute("results",
				projects.find(new ProjectFilter(null, null, null, null, programme.getSlug()), 1));
		model.addAttribute("related", related.linksFrom(ref, LinkKind.RELATED));
		model.addAttribute("seeAlso", related.linksFrom(ref, LinkKind.SEE_ALSO));
		model.addAttribute("crumbs", List.of(new Crumb(page.t("nav.home"), page.url("")),
				new Crumb(page.t("project.list.title"), page.url("projects")),
				Crumb.here(programme.getName().textFor(page.language()))));
		return "project/programme";
	}

}
