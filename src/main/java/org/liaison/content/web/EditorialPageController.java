package org.liaison.content.web;

import java.util.List;

import org.liaison.common.ItemRef;
import org.liaison.common.ItemType;
import org.liaison.common.web.Crumb;
import org.liaison.common.web.PageContext;
import org.liaison.content.ContentService;
import org.liaison.content.LinkKind;
import org.liaison.content.Page;
import org.liaison.content.RelatedContentService;
import org.liaison.common.web.Portal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A published editorial page: "Foreign policy", "Digital for development"… */
@Controller
class EditorialPageController {

	private final ContentService content;

	private final RelatedContentService related;

	EditorialPageController(ContentService content, RelatedContentService related) {
		this.content = content;
		this.related = related;
	}

	@GetMapping(Portal.LANG + "/pages/{slug}")
	String page(@ModelAttribute(name = "page", binding = false) PageContext page, @PathVariable String slug,
			Model model) {
		Page editorial = content.publishedPage(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No page '" + slug + "'"));
		ItemRef ref = new ItemRef(ItemType.PAGE, editorial.getSlug());
		model.addAttribute("editorial", editorial);
		model.addAttribute("related", related.linksFrom(ref, LinkKind.RELATED));
		model.addAttribute("seeAlso", related.linksFrom(ref, LinkKind.SEE_ALSO));
		model.addAttribute("crumbs", List.of(new Crumb(page.t("nav.home"), page.url("")),
				Crumb.here(editorial.getTitle().textFor(page.language()))));
		return "content/page";
	}

}
