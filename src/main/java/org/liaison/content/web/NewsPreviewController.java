package org.liaison.content.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.liaison.admin.Previews;
import org.liaison.common.web.PageContext;
import org.liaison.content.ContentService;
import org.liaison.content.NewsItem;
import org.liaison.content.RelatedContentService;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A news item in any status as its public page will show it, in one of the portal's languages: the
 * same template and model, with the page context of the public address, and a "not published" banner.
 * It lives under {@code /admin}, so only signed-in staff reach it, and is never cached or indexed.
 */
@Controller
class NewsPreviewController {

	private final ContentService content;

	private final RelatedContentService related;

	private final Previews previews;

	NewsPreviewController(ContentService content, RelatedContentService related, Previews previews) {
		this.content = content;
		this.related = related;
		this.previews = previews;
	}

	@GetMapping("/admin/news/{id}/preview/{lang}")
	String preview(@PathVariable long id, @PathVariable String lang, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		NewsItem item = content.newsForPreview(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No news item " + id));
		PageContext page = previews.page(lang, "news/" + item.getSlug(), request, response);
		model.addAttribute("page", page);
		NewsItemView.fill(model, page, item, related);
		model.addAttribute("preview", true);
		return "content/news-item";
	}

}
