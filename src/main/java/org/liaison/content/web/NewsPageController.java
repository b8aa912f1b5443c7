package org.liaison.content.web;

import org.liaison.common.web.PageNumber;

import java.util.Comparator;
import java.util.List;

import org.liaison.common.ItemRef;
import org.liaison.common.ItemType;
import org.liaison.common.web.Crumb;
import org.liaison.common.web.PageContext;
import org.liaison.content.ContentService;
import org.liaison.content.LinkKind;
import org.liaison.content.NewsItem;
import org.liaison.content.RelatedContentService;
import org.liaison.taxonomy.Term;
import org.liaison.common.web.Portal;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Published news, latest first, and one news item. */
@Controller
class NewsPageController {

	private final ContentService content;

	private final RelatedContentService related;

	NewsPageController(ContentService content, RelatedContentService related) {
		this.content = content;
		this.related = related;
	}

	@GetMapping(Portal.LANG + "/news")
	String list(@ModelAttribute(name = "page", binding = false) PageContext page,
			@RequestParam(name = "page", required = false) String pageNumber, Model model) {
		int number = PageNumber.parse(pageNumber);
		Page<NewsItem> news = content.latestNews(number, ContentService.NEWS_PAGE_SIZE);
		if (number > Math.max(1, news.getTotalPages())) {
			throw PageNumber.notFound(number);
		}
		model.addAttribute("news", news.getContent());
		model.addAttribute("current", number);
		model.addAttribute("pageCount", Math.max(1, news.getTotalPages()));
		model.addAttribute("crumbs", List.of(homeCrumb(page), Crumb.here(page.t("content.news.title"))));
		return "content/news-list";
	}

	@GetMapping(Portal.LANG + "/news/{slug}")
	String item(@ModelAttribute(name = "page", binding = false) PageContext page, @PathVariable String slug,
			Model model) {
		NewsItem item = content.publishedNewsForPage(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No news item '" + slug + "'"));
		NewsItemView.fill(model, page, item, related);
		return "content/news-item";
	}

	static Crumb homeCrumb(PageContext page) {
		return new Crumb(page.t("nav.home"), page.url(""));
	}

}
