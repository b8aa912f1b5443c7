package org.liaison.exchange.web;

import java.util.List;

import org.liaison.common.web.Crumb;
import org.liaison.common.web.PageContext;
import org.liaison.common.web.Portal;
import org.liaison.exchange.opendata.OpenDataCatalog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The open-data page: every dataset with its formats, licence, update date and download links. */
@Controller
class OpenDataPageController {

	private final OpenDataCatalog catalog;

	OpenDataPageController(OpenDataCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping(Portal.LANG + "/opendata")
	String opendata(@ModelAttribute(name = "page", binding = false) PageContext page, Model model) {
		model.addAttribute("datasets", catalog.datasets(page.language()));
		model.addAttribute("filters", catalog.filters());
		model.addAttribute("crumbs", List.of(new Crumb(page.t("nav.home"), page.url("")),
				Crumb.here(page.t("exchange.opendata.title"))));
		return "exchange/opendata";
	}

}
