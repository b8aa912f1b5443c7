package org.liaison.web;

import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.support.PortalClient;
import org.liaison.support.LiaisonIntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal's frame and composite pages, over HTTP, on the demo data set. */
@LiaisonIntegrationTest
class PortalIntegrationTests {

	static final String HUNGARIAN_NEWS_TITLE = "Az EU és Ausztrália felgyorsítja digitális együttműködését";

	@LocalServerPort
	int port;

	PortalClient http;

	@BeforeEach
	void setUp() {
		http = new PortalClient(port);
	}

	@Test
	void rootRedirectsByAcceptLanguage() {
		assertThat(http.fetch("/", "Accept-Language", "hu-HU,hu;q=0.9,en;q=0.5").headers().firstValue("Location"))
			.hasValue("/hu/");
		assertThat(http.fetch("/", "Accept-Language", "de-DE,fr;q=0.8").headers().firstValue("Location")).hasValue("/en/");
		HttpResponse<String> none = http.fetch("/");
		assertThat(none.statusCode()).isEqualTo(302);
		assertThat(none.headers().firstValue("Location")).hasValue("/en/");
		assertThat(none.headers().firstValue("Vary")).hasValueSatisfying(v -> assertThat(v).contains("Accept-Language"));
	}

	@Test
	void showsHungarianNewsWithLangAttributeOnEnglishHome() {
		Document home = http.get("/en/");
		assertThat(home.selectFirst("html").attr("lang")).isEqualTo("en");
		Element title = home.select(".news-list a.news-title span[lang]").stream()
			.filter(e -> e.text().equals(HUNGARIAN_NEWS_TITLE))
			.findFirst()
			.orElseThrow(() -> new AssertionError("Hungarian news title not on the English home page"));
		assertThat(title.attr("lang")).isEqualTo("hu");
		assertThat(title.parent().text()).contains("Only available in Magyar");
	}

	@Test
	void homeShowsGoalsAreasAndDigitalForDevelopment() {
		Document home = http.get("/en/");
		List<String> goals = home.select(".goal-list li").eachText();
		assertThat(goals).hasSize(7)
			.contains("Strengthen the economic and industrial competitiveness of the EU ICT industry");
		assertThat(home.select(".areas .card-title").eachText()).hasSizeGreaterThanOrEqualTo(5);
		assertThat(home.select(".priority-list li").eachText()).containsExactly(
				"Access to affordable digital infrastructure", "Digital skills & literacy", "Digital entrepreneurship",
				"Digital as an enabler for achieving the sustainable development goals");
		assertThat(home.select(".see-also a").eachAttr("href")).contains("/en/regions/africa", "/en/regions/eu-neighbours");
	}

	@Test
	void everyPageHasHreflangAlternatesAndTheRightLanguage() {
		Document page = http.get("/hu/regions/africa");
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("hu");
		assertThat(page.select("link[rel=alternate][hreflang=en]").attr("href")).endsWith("/en/regions/africa");
		assertThat(page.select("link[rel=alternate][hreflang=hu]").attr("href")).endsWith("/hu/regions/africa");
		assertThat(page.select("link[rel=alternate][hreflang=x-default]")).hasSize(1);
		assertThat(page.select(".main-nav a").eachText()).contains("Kezdőlap", "Projektek", "Hírek");
	}

	@Test
	void regionListsItsPartnersAndCountries() {
		Document africa = http.get("/en/regions/africa");
		assertThat(africa.select("h1").text()).isEqualTo("Africa");
		assertThat(africa.select("a[href=/en/partners/kenya]")).isNotEmpty();
		assertThat(africa.select("a[href=/en/countries/ke]")).isNotEmpty();
		assertThat(africa.select(".breadcrumbs li").eachText()).containsExactly("Home", "Regions", "Africa");
	}

	@Test
	void partnerPageBringsDialoguesProjectsAndNewsTogether() {
		Document australia = http.get("/en/partners/australia");
		assertThat(australia.select("h1").text()).contains("Australia").contains("Strategic partner");
		assertThat(australia.select("a[href=/en/dialogues/eu-australia-digital-dialogue]")).isNotEmpty();
		assertThat(australia.select(".dialogue a[href=/en/dialogues/eu-australia-digital-dialogue/meetings/2]").text())
			.isEqualTo("Meeting 2");
		assertThat(australia.select(".card-title a").eachText()).contains("EPIC");
		assertThat(australia.select(".news-list span[lang=hu]").eachText()).contains(HUNGARIAN_NEWS_TITLE);

		Document kenya = http.get("/en/partners/kenya");
		assertThat(kenya.select(".card-title a").eachText()).contains("WAZIHUB", "ISOOKO", "EPICA", "GO-GA");
	}

	@Test
	void meetingPageShowsItsRelatedContent() {
		Document meeting = http.get("/en/dialogues/eu-australia-digital-dialogue/meetings/2");
		assertThat(meeting.select(".related a").eachAttr("href"))
			.contains("/en/news/eu-australia-accelerate-digital-cooperation", "/en/partners/australia");
		Document news = http.get("/en/news/eu-australia-accelerate-digital-cooperation");
		assertThat(news.select(".breadcrumbs li")).hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void countryPageListsProjectsThere() {
		Document kenya = http.get("/en/countries/ke");
		assertThat(kenya.select("h1").text()).isEqualTo("Kenya");
		assertThat(kenya.select(".card-title a").eachText()).contains("WAZIHUB");
		assertThat(kenya.select("a[href=/en/partners/kenya]")).isNotEmpty();
		assertThat(http.get("/hu/countries/ke").select("h1").text()).isEqualTo("Kenya");
		assertThat(http.get("/hu/countries/de").select("h1").text()).isEqualTo("Németország");
	}

	@Test
	void goalAndPriorityPagesListTheirProjects() {
		Document goals = http.get("/en/goals");
		assertThat(goals.select(".card-title a")).hasSize(7);
		String firstGoal = goals.select(".card-title a").first().attr("href");
		assertThat(http.get(firstGoal).select("h1").text()).isNotBlank();
		Document priorities = http.get("/en/priorities");
		assertThat(priorities.select(".card-title a")).hasSize(4);
	}

	@Test
	void unknownPagesGetA404InTheSiteLayout() {
		for (String path : List.of("/en/no-such-page", "/en/partners/atlantis", "/en/regions/atlantis",
				"/en/countries/zz", "/xx/", "/en/countries/ke?page=0", "/en/countries/ke?page=abc",
				"/en/countries/ke?page=999")) {
			HttpResponse<String> response = http.fetch(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			Document page = Jsoup.parse(response.body());
			assertThat(page.select("h1").text()).as(path).isEqualTo("Page not found");
			assertThat(page.select(".main-nav")).as(path).isNotEmpty();
		}
		HttpResponse<String> hungarian = http.fetch("/hu/partners/atlantis");
		assertThat(Jsoup.parse(hungarian.body()).select("h1").text()).isEqualTo("Az oldal nem található");
	}

}
