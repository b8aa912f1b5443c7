package org.liaison.exchange.web;

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

/**
 * In Chromium: the JSON-LD blocks are data the Content-Security-Policy lets through (no violation
 * reported, the JSON parses), and the open-data page passes axe.
 */
@LiaisonIntegrationTest
class OpenDataBrowserTests {

	/** Records every CSP violation the page reports, from before its first script runs. */
	static final String RECORD_VIOLATIONS = "window.cspViolations = [];"
			+ "document.addEventListener('securitypolicyviolation',"
			+ " e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));";

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

	@Test
	void jsonLdCausesNoContentSecurityPolicyViolation() {
		Page page = open();
		for (String path : List.of("/en/projects/wazihub", "/en/news/eu-australia-accelerate-digital-cooperation",
				"/en/dialogues/eu-australia-digital-dialogue/meetings/2", "/en/partners/australia",
				"/en/partners/african-union")) {
			page.navigate(url(path));
			page.waitForLoadState();
			assertThat(page.evaluate("() => window.cspViolations")).as(path).asList().isEmpty();
			Object type = page.evaluate(
					"() => JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent)['@type']");
			assertThat(type).as(path).isIn("ResearchProject", "NewsArticle", "Event", "Country", "Organization");
		}
		// The recorder works: an inline script, which the policy forbids, is reported.
		page.evaluate("() => { const s = document.createElement('script'); s.textContent = 'window.ran = 1';"
				+ " document.body.appendChild(s); }");
		page.waitForFunction("() => window.cspViolations.length > 0");
		assertThat(page.evaluate("() => window.cspViolations[0]").toString()).startsWith("script-src");
		assertThat(page.evaluate("() => window.ran === undefined")).isEqualTo(true);
	}

	@Test
	void openDataPagePassesAxeAndLooksRight() {
		Page page = open();
		for (String path : List.of("/en/opendata", "/hu/opendata", "/en/goals/research-excellence")) {
			page.navigate(url(path));
			AxeResults results = Accessibility.check(page);
			assertThat(results.getViolations()).as("accessibility violations on " + path)
				.extracting(rule -> rule.getId() + ": " + rule.getHelp()).isEmpty();
		}
		page.navigate(url("/en/opendata"));
		page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("opendata-en")).setFullPage(true));
	}

	private Page open() {
		context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
		context.addInitScript(RECORD_VIOLATIONS);
		return context.newPage();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
