package org.liaison.exchange.web;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.liaison.support.HtmlChecker;
import org.liaison.support.LiaisonIntegrationTest;
import org.liaison.support.PortalClient;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The open-data page, reached from every page's footer, and every download it offers, anonymously. */
@LiaisonIntegrationTest
class OpenDataPageIntegrationTests {

	@LocalServerPort
	int port;

	PortalClient http;

	@BeforeEach
	void setUp() {
		http = new PortalClient(port);
	}

	@Test
	void listsEveryDatasetWithFormatsLicenceAndDate() {
		Document page = http.get("/en/opendata");
		assertThat(page.select("h1").text()).isEqualTo("Open data");
		List<String> datasets = page.select("tbody tr th").eachText();
		assertThat(String.join(" | ", datasets)).contains("Projects").contains("News").contains("Meetings")
			.contains("Sitemap");
		assertThat(page.select("tbody tr")).allSatisfy(row -> {
			assertThat(row.select("td a[rel], td a[href*=creativecommons]")).isNotEmpty();
			assertThat(row.select("time[datetime]").attr("datetime")).matches("\\d{4}-\\d{2}-\\d{2}");
		});
		assertThat(page.select("tbody a[type]").eachAttr("href")).contains("/opendata/projects.csv?lang=en",
				"/opendata/projects.csv?lang=en&bom=true", "/opendata/projects.json?lang=en",
				"/feeds/news.atom?lang=en", "/calendar.ics?lang=en", "/sitemap.xml");
		for (String list : List.of("organisations", "partners", "countries", "regions", "dialogues", "meetings", "news",
				"documents", "terms")) {
			assertThat(page.select("tbody a[type]").eachAttr("href")).as(list)
				.contains("/opendata/" + list + ".csv?lang=en", "/opendata/" + list + ".json?lang=en");
		}
		assertThat(page.select("a[type=text/turtle]").attr("href")).isEqualTo("/opendata/catalog.ttl");
		assertThat(page.select("a[type=application/ld+json]").attr("href")).isEqualTo("/opendata/catalog.jsonld");
		assertThat(page.select("dl.facts dd").eachText()).contains("region, country, goal, priority, programme, theme");
		assertThat(page.select("a[rel=license]").attr("href")).startsWith("https://creativecommons.org/licenses/by/4.0/");
		assertThat(http.get("/hu/opendata").select("h1").text()).isEqualTo("Nyílt adatok");
	}

	@Test
	void isValidHtmlAndLinkedFromTheFooter() {
		assertThat(HtmlChecker.errors(http.fetch("/en/opendata").body())).isEmpty();
		assertThat(HtmlChecker.errors(http.fetch("/hu/opendata").body())).isEmpty();
		assertThat(http.get("/en/projects").select("footer a[href=/en/opendata]")).hasSize(1);
		assertThat(http.get("/hu/").select("footer a[href=/hu/opendata]")).hasSize(1);
	}

	@Test
	void everyDownloadIsPublic() {
		List<String> failed = new ArrayList<>();
		for (String path : List.of("/en/opendata", "/hu/opendata")) {
			for (Element link : http.get(path).select("tbody a[type]")) {
				int status = http.fetch(link.attr("href")).statusCode();
				if (status != 200) {
					failed.add(link.attr("href") + " " + status);
				}
			}
		}
		for (String path : List.of("/feeds/partners/australia.atom", "/feeds/regions/africa.atom", "/robots.txt",
				"/feeds/goals/research-excellence.atom", "/opendata/catalog.ttl", "/opendata/catalog.jsonld")) {
			int status = http.fetch(path).statusCode();
			if (status != 200) {
				failed.add(path + " " + status);
			}
		}
		assertThat(failed).as("downloads an anonymous visitor cannot get").isEmpty();
	}

}
