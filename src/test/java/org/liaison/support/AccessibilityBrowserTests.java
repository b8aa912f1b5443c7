package org.liaison.support;

import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The check the page tests rely on does find what breaks WCAG, and passes what does not. */
class AccessibilityBrowserTests {

	private static Chromium chromium;

	@BeforeAll
	static void launch() {
		chromium = Chromium.launch();
	}

	@AfterAll
	static void close() {
		chromium.close();
	}

	@Test
	void passesAnAccessibleDocument() {
		Page page = chromium.browser().newPage();
		page.setContent("<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><main><h1>Kenya</h1>"
				+ "<img src=\"data:,\" alt=\"Map of Kenya\"><label for=\"q\">Search</label><input id=\"q\"></main></body></html>");
		assertThat(Accessibility.check(page).getViolations()).isEmpty();
		page.close();
	}

	@Test
	void reportsEachRuleADocumentBreaks() {
		Page page = chromium.browser().newPage();
		page.setContent("<!DOCTYPE html><html><head><title>t</title></head><body><main><h1>Kenya</h1>"
				+ "<img src=\"data:,\"><input id=\"q\"><p style=\"color:#bbb;background:#fff\">pale</p></main></body></html>");
		assertThat(Accessibility.check(page).getViolations()).extracting(Rule::getId)
			.contains("html-has-lang", "image-alt", "label", "color-contrast");
		page.close();
	}

}
