package org.liaison.content.web;

import java.util.List;

import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.liaison.common.LocalizedText;
import org.liaison.content.PageEditor;
import org.liaison.common.PublicationStatus;
import org.liaison.security.AccountService;
import org.liaison.security.Role;
import org.liaison.support.Accessibility;
import org.liaison.support.Chromium;
import org.liaison.support.LiaisonIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor schedules a page in review for publication in the browser, by keyboard-reachable form
 * controls; the form is photographed and checked with axe.
 */
@LiaisonIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditorialAdminBrowserTests {

	static final String PASSWORD = "a long enough password";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	PageEditor pages;

	Chromium chromium;

	@BeforeAll
	void launch() {
		chromium = Chromium.launch();
		accounts.create("editorial-browser-editor", PASSWORD, Role.EDITOR, false);
	}

	@AfterAll
	void quit() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void anEditorSchedulesAPageInReview() {
		org.liaison.content.Page page = pages.create(new PageEditor.Draft("page-to-schedule-in-a-browser",
				LocalizedText.of("en", "A page to schedule"), LocalizedText.of("en", "What it is about"),
				LocalizedText.of("en", "Its body")));
		pages.move(page.getId(), page.getVersion(), PublicationStatus.IN_REVIEW);
		Page browser = chromium.signIn("http://localhost:" + port, "editorial-browser-editor", PASSWORD);
		browser.navigate("http://localhost:" + port + "/admin/pages/" + page.getId());

		browser.getByLabel("Date and time", new Page.GetByLabelOptions().setExact(true)).fill("2099-05-04T10:15");
		browser.getByLabel("Time zone").selectOption("Europe/Budapest");
		browser.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule publication")).click();
		browser.waitForURL("**/admin/pages/" + page.getId() + "?scheduled");

		assertThat(browser.locator(".scheduled-note").textContent())
			.isEqualTo("Scheduled to be published on 2099-05-04 at 10:15 (Europe/Budapest).");
		assertThat(pages.find(page.getId()).orElseThrow().getScheduledFor()).isNotNull();
		browser.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("admin-page-scheduled")).setFullPage(true));
		AxeResults results = Accessibility.check(browser);
		assertThat(results.getViolations()).as("axe violations").isEmpty();

		// its history: created, sent to review, scheduled — with a restore button on each revision
		browser.navigate("http://localhost:" + port + "/admin/pages/" + page.getId() + "/history");
		assertThat(browser.locator("table.history tbody tr").count()).isGreaterThanOrEqualTo(2);
		assertThat(browser.locator("table.history tbody tr").first().locator(".changed-field").textContent())
			.isEqualTo("Scheduled publication");
		assertThat(browser.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Restore revision").setExact(false))
			.first().isVisible()).isTrue();
		browser.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("admin-history")).setFullPage(true));
		assertThat(Accessibility.check(browser)
			.getViolations()).as("axe violations on the history").isEmpty();
		browser.context().close();
	}

}
