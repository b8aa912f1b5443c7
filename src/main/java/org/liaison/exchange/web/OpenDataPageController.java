package org.liaison.exchange.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.liaison.common.web.Crumb;
import org.liaison.common.web.PageContext;
import org.liaison.common.web.Portal;
import org.liaison.content.ContentService;
import org.liaison.content.NewsItem;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The open-data page: every dataset with its formats, licence, update date and download links. */
@Controller
class OpenDataPageController {

	private final ContentService content;

	OpenDataPageController(ContentService content) {
		this.content = content;
	}

	@GetMapping(Portal.LANG + "/opendata")
	String opendata(@ModelAttribute(name = "page", binding = false) PageContext page, Model model) {
		String lang = "?lang=" + page.language();
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		LocalDate latestNews = content.latestNews(1, 1).stream().map(NewsItem::getPublishedOn).findFirst()
			.orElse(today);
		model.addAttribute("datasets", List.of(
				new Dataset("projects", today, List.of(
						new Dataset.Download("CSV", "text/csv", "/opendata/projects.csv" + lang),
						new Dataset.Download("CSV (UTF-8 BOM)", "text/csv", "/opendata/projects.csv" + lang + "&bom=true"),
						new Dataset.Download("JSON", "application/json", "/opendata/projects.json" + lang))),
				new Dataset("iati-activities", today, List.of(
						new Dataset.Download("IATI 2.03 XML", "application/xml", "/opendata/iati-activities.xml"))),
				new Dataset("news", latestNews,
						List.of(new Dataset.Download("Atom", "application/atom+xml", "/feeds/news.atom" + lang))),
				new Dataset("meetings", today,
						List.of(new Dataset.Download("iCalendar", "text/calendar", "/calendar.ics" + lang))),
				new Dataset("sitemap", today,
						List.of(new Dataset.Download("XML", "application/xml", "/sitemap.xml")))));
		model.addAttribute("crumbs", List.of(new Crumb(page.t("nav.home"), page.url("")),
				Crumb.here(page.t("exchange.opendata.title"))));
		return "exchange/opendata";
	}

}
