package org.liaison.web;

import org.liaison.common.web.Portal;

import java.util.List;

import org.liaison.common.ItemRef;
import org.liaison.common.ItemType;
import org.liaison.common.web.Crumb;
import org.liaison.common.web.PageContext;
import org.liaison.content.LinkKind;
import org.liaison.content.RelatedContentService;
import org.liaison.geography.GeographyService;
import org.liaison.geography.Region;
import org.liaison.partner.PartnerService;
import org.liaison.project.ProjectFilter;
import org.liaison.project.ProjectService;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The geographical areas, and each area with its partners, countries and projects. */
@Controller
class RegionPageController {

	/** Projects shown on a region page before "all projects". */
	static final int PROJECTS_SHOWN = 10;

	private final GeographyService geography;

	private final PartnerService partners;

	private final ProjectService projects;

	private final RelatedContentService related;

	RegionPageController(GeographyService geography, PartnerService partners, ProjectService projects,
			RelatedContentService related) {
		this.geography = geography;
		this.partners = partners;
		this.projects = projects;
		this.related = related;
	}

	@GetMapping(Portal.LANG + "/regions")
	String regions(@ModelAttribute("page") PageContext page, Model model) {
		model.addAttribute("regions", geography.regions());
		model.addAttribute("crumbs", List.of(new Crumb(page.t("nav.home"), page.url("")), Crumb.here(page.t("nav.regions"))));
		return "web/regions";
	}

	@GetMapping(Portal.LANG + "/regions/{code}")
	String region(@ModelAttribute("page") PageContext page, @PathVariable String code, Model model) {
		Region region = geography.region(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ItemRef ref = new ItemRef(ItemType.REGION, region.getCode());
		model.addAttribute("region", region);
		model.addAttribute("partners", partners.partnersInRegion(region.getCode(), page.language()));
		model.addAttribute("projects", projects.find(ProjectFilter.byRegion(region.getCode()), 1, PROJECTS_SHOWN));
		model.addAttribute("related", related.linksFrom(ref, LinkKind.RELATED));
		model.addAttribute("seeAlso", related.linksFrom(ref, LinkKind.SEE_ALSO));
		model.addAttribute("crumbs", List.of(new Crumb(page.t("nav.home"), page.url("")),
				new Crumb(page.t("nav.regions"), page.url("regions")), Crumb.here(page.text(region.getName()).text())));
		return "web/region";
	}

}
