package org.liaison.content.web;

import java.util.List;

import org.liaison.common.ItemRef;
import org.liaison.common.ItemType;
import org.liaison.common.web.Crumb;
import org.liaison.common.web.PageContext;
import org.liaison.content.ContentService;
import org.liaison.content.Document;
import org.liaison.content.LinkKind;
import org.liaison.content.RelatedContentService;
import org.liaison.common.web.Portal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Published official documents (Council conclusions, staff working documents…) and one document. */
@Controller
class DocumentPageController {

	private final ContentService content;

	private final RelatedContentService related;

	DocumentPageController(ContentService content, RelatedContentService related) {
		this.content = content;
		this.related = related;
	}

	@GetMapping(Portal.LANG + "/documents")
	String list(@ModelAttribute(name = "page", binding = false) PageContext page, Model model) {
		model.addAttribute("documents", content.publishedDocuments());
		model.addAttribute("crumbs", List.of(homeCrumb(page), Crumb.here(page.t("content.documents.title"))));
		return "content/document-list";
	}

	@GetMapping(Portal.LANG + "/documents/{slug}")
	String document(@ModelAttribute(name = "page", binding = false) PageContext page, @PathVariable String slug,
			Model model) {
		Document document = content.publishedDocument(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No document '" + slug + "'"));
		ItemRef ref = new ItemRef(ItemType.DOCUMENT, document.getSlug());
		model.addAttribute("document", document);
		model.addAttribute("related", related.linksFrom(ref, LinkKind.RELATED));
		model.addAttribute("seeAlso", related.linksFrom(ref, LinkKind.SEE_ALSO));
		model.addAttribute("crumbs", List.of(homeCrumb(page),
				new Crumb(page.t("content.documents.title"), page.url("documents")),
				Crumb.here(document.getTitle().textFor(page.language()))));
		return "content/document";
	}

	private static Crumb homeCrumb(PageContext page) {
		return new Crumb(page.t("nav.home"), page.url(""));
	}

}
