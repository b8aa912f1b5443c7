package org.liaison.search.web;

import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
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

/** The search page in a real browser: results follow the box as one types (htmx), and without JavaScript the form still works. */
@LiaisonIntegrationTest
class SearchBrowserTests {

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

	Page open(boolean javaScript) {
		context = chromium.browser()
			.newContext(new Browser.NewContextOptions().setLocale("en-GB").setJavaScriptEnabled(javaScript)
				.setViewportSize(1280, 900));
		return context.newPage();
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	@Test
	void resultsChangeAsOneTypesWithoutReloadingThePage() {
		Page page = open(true);
		List<String> problems = new ArrayList<>();
		page.onConsoleMessage(message -> {
			// htmx reports the requests it cancels while one types (hx-sync) as errors: not problems
			if ("error".equals(message.type()) && !message.text().startsWith("htmx:")) {
				problems.add(message.text());
			}
		});
		page.navigate(url("/en/search?q=australia"));
		String before = page.locator("ol.search-results h2 a").first().getAttribute("href");
		page.evaluate("() => window.notReloaded = true");

		page.locator("#search-q").fill("");
		page.locator("#search-q").pressSequentially("wazihub", new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(40));
		page.waitForCondition(() -> "/en/projects/wazihub"
			.equals(page.locator("ol.search-results h2 a").first().getAttribute("href")));

		assertThat(before).isNotEqualTo("/en/projects/wazihub");
		assertThat(page.evaluate("() => window.notReloaded")).as("the page was not reloaded").isEqualTo(true);
		assertThat(page.locator(".result-count").innerText()).contains("wazihub");
		assertThat(page.url()).isEqualTo(url("/en/search?q=wazihub&sort=relevance"));
		assertThat(problems).as("console errors (a CSP refusal would show here)").isEmpty();
		page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("search-as-you-type")).setFullPage(true));

		AxeResults results = Accessibility.check(page);
		assertThat(results.getViolations()).as("accessibility violations after the update").isEmpty();
	}

	@Test
	void withoutJavaScriptTheFormSubmitsToTheResultsPage() {
		Page page = open(false);
		page.navigate(url("/en/search"));
		page.locator("#search-q").fill("wazihub");
		page.locator("form.search-form button[type=submit]").click();
		page.waitForURL(url("/en/search?q=wazihub&sort=relevance"));
		assertThat(page.locator("ol.search-results h2 a").first().getAttribute("href")).isEqualTo("/en/projects/wazihub");
	}

	@Test
	void projectPageSuggestsMoreLikeThisBesideTheEditorsChoice() {
		Page page = open(true);
		page.navigate(url("/en/projects/wazihub"));
		assertThat(page.locator("#more-like-this-heading").innerText()).isEqualTo("More like this");
		assertThat(page.locator(".more-like-this li a").count()).isPositive();
		assertThat(page.locator(".more-like-this a").all().stream().map(a -> a.getAttribute("href")))
			.doesNotContain("/en/projects/wazihub");
		page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("more-like-this")).setFullPage(true));
	}

}
