package org.liaison.web;

import java.util.List;

import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.support.Accessibility;
import org.liaison.support.Chromium;
import org.liaison.support.LiaisonIntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal in a real browser: languages, the Africa → Kenya → WAZIHUB path, keyboard and accessibility. */
@LiaisonIntegrationTest
class PortalBrowserTests {

	static Chromium chromium;

	@LocalServerPort
	int port;

	BrowserContext context;

	@BeforeAll
	static void launch() {
		chromium = Chromium.launch();
	}

	@AfterAll
	static void quit() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@AfterEach
	void closeContext() {
		if (context != null) {
			context.close();
		}
	}

	Page open(String locale, boolean javaScript) {
		context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setLocale(locale)
				.setJavaScriptEnabled(javaScript)
				.setViewportSize(1280, 900)
				.setExtraHTTPHeaders(java.util.Map.of("Accept-Language", locale)));
		return context.newPage();
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	@Test
	void hungarianReaderGetsTheHungarianPortal() {
		Page page = open("hu-HU", true);
		page.navigate(url("/"));
		assertThat(page.url()).isEqualTo(url("/hu/"));
		assertThat(page.locator("html").getAttribute("lang")).isEqualTo("hu");
		assertThat(page.locator(".main-nav").innerText()).contains("Kezdőlap", "Partnerek", "Projektek", "Hírek");
		assertThat(page.locator("#goals-heading").innerText()).isEqualTo("Szakpolitikai célok");
		page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("home-hu")).setFullPage(true));
	}

	@Test
	void readerGoesFromAfricaToKenyaToWazihub() {
		Page page = open("en-GB", true);
		page.navigate(url("/en/"));
		page.locator(".areas").getByRole(com.microsoft.playwright.options.AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("Africa").setExact(true)).click();
		assertThat(page.url()).isEqualTo(url("/en/regions/africa"));
		page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("region-africa")).setFullPage(true));
		page.locator("#partners-heading + p + ul a, #partners-heading ~ ul a").getByText("Kenya", new Locator.GetByTextOptions().setExact(true)).first().click();
		assertThat(page.url()).isEqualTo(url("/en/partners/kenya"));
		page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("partner-kenya")).setFullPage(true));
		page.locator("a", new Page.LocatorOptions().setHasText("WAZIHUB")).first().click();
		assertThat(page.url()).isEqualTo(url("/en/projects/wazihub"));
		List<String> countries = page.locator("main a[href^='/en/countries/']").allInnerTexts();
		assertThat(countries).containsExactly("Kenya", "Uganda", "Tanzania", "South Africa", "Mozambique", "Senegal",
				"Ghana");
		page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("project-wazihub")).setFullPage(true));
	}

	@Test
	void hungarianNewsOnTheEnglishHomeIsMarkedAsHungarian() {
		Page page = open("en-GB", true);
		page.navigate(url("/en/"));
		Locator title = page.locator(".news-list [lang=hu]",
				new Page.LocatorOptions().setHasText("Az EU és Ausztrália felgyorsítja digitális együttműködését"));
		assertThat(title.count()).isEqualTo(1);
		assertThat(page.locator(".news-list").innerText()).contains("Only available in Magyar");
		page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("home-en")).setFullPage(true));
	}

	@Test
	void keyboardReaderSkipsToTheContentAndReachesEveryLink() {
		Page page = open("en-GB", true);
		page.navigate(url("/en/regions/africa"));
		page.keyboard().press("Tab");
		assertThat(page.evaluate("document.activeElement.className")).isEqualTo("skip-link");
		page.keyboard().press("Enter");
		assertThat(page.evaluate("document.activeElement.id")).isEqualTo("main");
		page.keyboard().press("Tab");
		Object focused = page.evaluate("document.activeElement.closest('main') !== null");
		assertThat(focused).isEqualTo(true);
	}

	@Test
	void projectFiltersWorkWithoutJavaScript() {
		Page page = open("en-GB", false);
		page.navigate(url("/en/projects"));
		page.locator("form.filters select[name=region]").selectOption("africa");
		page.locator("form.filters button[type=submit], form.filters input[type=submit]").first().click();
		assertThat(page.url()).contains("region=africa");
		assertThat(page.locator("main").innerText()).contains("WAZIHUB").doesNotContain("PICASSO");
		page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("projects-africa-nojs")).setFullPage(true));
	}

	@Test
	void pagesPassTheAccessibilityCheck() {
		Page page = open("en-GB", true);
		for (String path : List.of("/en/", "/hu/", "/en/regions/africa", "/en/partners/australia", "/en/partners/australia/briefing", "/en/countries/ke",
				"/en/projects", "/en/projects/wazihub", "/en/dialogues/eu-australia-digital-dialogue",
				"/en/dialogues/eu-australia-digital-dialogue/meetings/2",
				"/en/news/eu-australia-accelerate-digital-cooperation", "/en/goals", "/en/documents", "/en/opendata",
				"/en/search?q=wazihib", "/hu/search?q=ausztralia&type=news", "/en/no-such-page")) {
			page.navigate(url(path));
			AxeResults results = Accessibility.check(page);
			List<String> violations = results.getViolations().stream().map(PortalBrowserTests::describe).toList();
			assertThat(violations).as("accessibility violations on " + path).isEmpty();
		}
	}

	static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList();
	}

}
