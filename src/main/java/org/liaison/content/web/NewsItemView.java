package org.liaison.content.web;

import java.util.Comparator;
import java.util.List;

import org.liaison.common.ItemRef;
import org.liaison.common.ItemType;
import org.liaison.common.web.Crumb;
import org.liaison.common.web.PageContext;
import org.liaison.content.LinkKind;
import org.liaison.content.NewsItem;
import org.liaison.content.RelatedContentService;
import org.liaison.taxonomy.Term;
import org.liaison.partner.Partner;

import org.springframework.ui.Model;

/** What the news item page shows, filled the same way for the public page and the back office's preview. */
final class NewsItemView {

	private NewsItemView() {
	}

	static void fill(Model model, PageContext page, NewsItem item, RelatedContentService related) {
		ItemRef ref = new ItemRef(ItemType.NEWS, item.getSlug());
		model.addAttribute("item", item);
		// a partner whose profile is not published is not named: its page would not be found
		model.addAttribute("partners", item.getPartners().stream()
			.filter(Partner::isPublic)
			.sorted(Comparator.comparing(p -> p.getName().textFor(page.language())))
			.toList());
		model.addAttribute("topics",
				item.getTerms().stream().sorted(Comparator.comparingInt(Term::getPosition)).toList());
		model.addAttribute("related", related.linksFrom(ref, LinkKind.RELATED));
		model.addAttribute("seeAlso", related.linksFrom(ref, LinkKind.SEE_ALSO));
		model.addAttribute("crumbs", List.of(NewsPageController.homeCrumb(page),
				new Crumb(page.t("content.news.title"), page.url("news")),
				Crumb.here(item.getTitle().textFor(page.language()))));
		model.addAttribute("preview", false);
	}

}
