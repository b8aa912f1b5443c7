package org.liaison.web;

import org.liaison.common.web.Portal;

import org.liaison.common.web.PageNumber;

import java.util.List;

import org.liaison.common.ItemRef;
import org.liaison.common.ItemType;
import org.liaison.common.web.Crumb;
import org.liaison.common.web.PageContext;
import org.liaison.content.LinkKind;
import org.liaison.content.RelatedContentService;
import org.liaison.geography.Country;
import org.liaison.geography.GeographyService;
import org.liaison.partner.PartnerService;
import org.liaison.project.ProjectFilter;
import org.liaison.project.ProjectService;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** A country: where it sits (UN M49 and policy regions), its partner profile if any, and the projects there. */
@Controller
class CountryPageController {

	private final GeographyService geography;

	private final PartnerService partners;

	private final ProjectService projects;

	private final RelatedContentService related;

	CountryPageController(GeographyService geography, PartnerService partners, ProjectService projects,
			RelatedContentService related) {
		this.geography = geography;
		this.partners = partners;
		this.projects = projects;
		this.related = related;
	}

	@GetMapping(Portal.LANG + "/countries/{code:[a-z]{2}}")
	String country(@ModelAttribute("page") PageContext page, @PathVariable String code,
			@RequestParam(name = "page", defaultValue = "1") String pageParameter, Model model) {
		Country country = geography.country(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		int pageNumber = PageNumber.parse(pageParameter);
		var found = projects.find(ProjectFilter.byCountry(country.getCode()), pageNumber);
		if (pageNumber > found.pageCount()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("country", country);
		model.addAttribute("regions", geography.regionsOf(country.getCode()));
		model.addAttribute("partner", partners.partnerForCountry(country.getCode()).orElse(null));
		model.addAttribute("projects", found);
		ItemRef ref = new ItemRef(ItemType.COUNTRY, country.getUrlCode());
		model.addAttribute("related", related.linksFrom(ref, LinkKind.RELATED));
		model.addAttribute("seeAlso", related.linksFrom(ref, LinkKind.SEE_ALSO));
		model.addAttribute("crumbs", List.of(new Crumb(page.t("nav.home"), page.url("")),
				new Crumb(page.t("nav.regions"), page.url("regions")), Crumb.here(page.text(country.getName()).text())));
		return "web/country";
	}

}
