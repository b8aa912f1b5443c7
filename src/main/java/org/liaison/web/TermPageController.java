package org.liaison.web;

import org.liaison.common.web.Portal;

import java.util.List;

import org.liaison.common.ItemRef;
import org.liaison.common.ItemType;
import org.liaison.common.web.Crumb;
import org.liaison.common.web.PageContext;
import org.liaison.content.LinkKind;
import org.liaison.content.RelatedContentService;
import org.liaison.project.ProjectFilter;
import org.liaison.project.ProjectService;
import org.liaison.taxonomy.TaxonomyService;
import org.liaison.taxonomy.Term;
import org.liaison.taxonomy.Vocabulary;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Policy goals, Digital4Development priorities and themes, each with the projects that serve it. */
@Controller
class TermPageController {

	static final int PROJECTS_SHOWN = 20;

	private final TaxonomyService taxonomy;

	private final ProjectService projects;

	private final RelatedContentService related;

	TermPageController(TaxonomyService taxonomy, ProjectService projects, RelatedContentService related) {
		this.taxonomy = taxonomy;
		this.projects = projects;
		this.related = related;
	}

	@GetMapping(Portal.LANG + "/goals")
	String goals(@ModelAttribute("page") PageContext page, Model model) {
		return list(page, model, Vocabulary.POLICY_GOALS, "goals");
	}

	@GetMapping(Portal.LANG + "/priorities")
	String priorities(@ModelAttribute("page") PageContext page, Model model) {
		return list(page, model, Vocabulary.D4D_PRIORITIES, "priorities");
	}

	@GetMapping(Portal.LANG + "/topics")
	String topics(@ModelAttribute("page") PageContext page, Model model) {
		return list(page, model, Vocabulary.THEMES, "topics");
	}

	@GetMapping(Portal.LANG + "/goals/{slug}")
	String goal(@ModelAttribute("page") PageContext page, @PathVariable String slug, Model model) {
		return term(page, model, Vocabulary.POLICY_GOALS, "goals", slug, ProjectFilter.byGoal(slug));
	}

	@GetMapping(Portal.LANG + "/priorities/{slug}")
	String priority(@ModelAttribute("page") PageContext page, @PathVariable String slug, Model model) {
		return term(page, model, Vocabulary.D4D_PRIORITIES, "priorities", slug, ProjectFilter.byPriority(slug));
	}

	@GetMapping(Portal.LANG + "/topics/{slug}")
	String topic(@ModelAttribute("page") PageContext page, @PathVariable String slug, Model model) {
		return term(page, model, Vocabulary.THEMES, "topics", slug, ProjectFilter.byTheme(slug));
	}

	private String list(PageContext page, Model model, String vocabulary, String segment) {
		model.addAttribute("segment", segment);
		model.addAttribute("terms", taxonomy.terms(vocabulary));
		model.addAttribute("crumbs",
				List.of(new Crumb(page.t("nav.home"), page.url("")), Crumb.here(page.t("terms." + segment))));
		return "web/terms";
	}

	private String term(PageContext page, Model model, String vocabulary, String segment, String slug,
			ProjectFilter filter) {
		Term term = taxonomy.term(vocabulary, slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ItemRef ref = new ItemRef(ItemType.TERM, vocabulary + "/" + slug);
		model.addAttribute("segment", segment);
		model.addAttribute("term", term);
		model.addAttribute("siblings", taxonomy.terms(vocabulary));
		model.addAttribute("projectFilter", filter);
		model.addAttribute("projects", projects.find(filter, 1, PROJECTS_SHOWN));
		model.addAttribute("related", related.linksFrom(ref, LinkKind.RELATED));
		model.addAttribute("seeAlso", related.linksFrom(ref, LinkKind.SEE_ALSO));
		model.addAttribute("crumbs", List.of(new Crumb(page.t("nav.home"), page.url("")),
				new Crumb(page.t("terms." + segment), page.url(segment)), Crumb.here(page.text(term.getName()).text())));
		return "web/term";
	}

}
