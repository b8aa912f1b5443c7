package org.liaison.exchange.opendata;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.liaison.content.ContentService;
import org.liaison.content.NewsItem;
import org.liaison.exchange.web.Dataset;
import org.liaison.exchange.web.Dataset.Download;

import org.springframework.stereotype.Component;

/**
 * The datasets Liaison publishes, with their downloads: the one list that both the open-data page
 * and the DCAT-AP catalogue ({@code /opendata/catalog.ttl}) show. A new dataset is one more entry here.
 */
@Component
public class OpenDataCatalog {

	static final String CSV = "text/csv";

	static final String JSON = "application/json";

	/** The lists with CSV and JSON exports, in the page's order. */
	static final List<String> LISTS = List.of("projects", "organisations", "partners", "countries", "regions",
			"dialogues", "meetings", "news", "documents", "terms");

	private final ContentService content;

	private final List<ListExport> exports;

	OpenDataCatalog(ContentService content, List<ListExport> exports) {
		this.content = content;
		this.exports = exports;
	}

	/** The query parameters each list's CSV and JSON take as filters, by the list's name. */
	public Map<String, List<String>> filters() {
		Map<String, List<String>> filters = new LinkedHashMap<>();
		filters.put("projects", List.of("region", "country", "goal", "priority", "programme", "theme"));
		exports.stream().filter(export -> !export.filters().isEmpty())
			.sorted(java.util.Comparator.comparingInt(export -> LISTS.indexOf(export.name())))
			.forEach(export -> filters.put(export.name(), export.filters()));
		return filters;
	}

	/** Every dataset, its downloads in the given language. */
	public List<Dataset> datasets(String language) {
		String lang = "?lang=" + language;
		// The lists are generated at each request: they are as current as the day they are fetched.
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		LocalDate latestNews = content.latestNews(1, 1).stream().map(NewsItem::getPublishedOn).findFirst().orElse(today);
		List<Dataset> datasets = new ArrayList<>();
		datasets.add(new Dataset("projects", today, List.of(new Download("CSV", CSV, "/opendata/projects.csv" + lang),
				new Download("CSV (UTF-8 BOM)", CSV, "/opendata/projects.csv" + lang + "&bom=true"),
				new Download("JSON", JSON, "/opendata/projects.json" + lang)), "projects"));
		datasets.add(new Dataset("iati-activities", today, List.of(new Download("IATI 2.03 XML", "application/xml",
				"/opendata/iati-activities.xml")), "projects"));
		datasets.add(list("organisations", today, lang, null));
		datasets.add(list("partners", today, lang, "partners"));
		datasets.add(list("countries", today, lang, null));
		datasets.add(list("regions", today, lang, "regions"));
		datasets.add(list("dialogues", today, lang, "dialogues"));
		datasets.add(new Dataset("meetings", today,
				List.of(new Download("iCalendar", "text/calendar", "/calendar.ics" + lang),
						new Download("CSV", CSV, "/opendata/meetings.csv" + lang),
						new Download("JSON", JSON, "/opendata/meetings.json" + lang)),
				"dialogues"));
		datasets.add(new Dataset("news", latestNews,
				List.of(new Download("Atom", "application/atom+xml", "/feeds/news.atom" + lang),
						new Download("CSV", CSV, "/opendata/news.csv" + lang),
						new Download("JSON", JSON, "/opendata/news.json" + lang)),
				"news"));
		datasets.add(list("documents", today, lang, "documents"));
		datasets.add(list("terms", today, lang, "goals"));
		datasets.add(new Dataset("sitemap", today, List.of(new Download("XML", "application/xml", "/sitemap.xml"))));
		return datasets;
	}

	/** A public list with its CSV and JSON export. */
	private static Dataset list(String key, LocalDate updated, String lang, String landingPage) {
		return new Dataset(key, updated, List.of(new Download("CSV", CSV, "/opendata/" + key + ".csv" + lang),
				new Download("JSON", JSON, "/opendata/" + key + ".json" + lang)), landingPage);
	}

}
