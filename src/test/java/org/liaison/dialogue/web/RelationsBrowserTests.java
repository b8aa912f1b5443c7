package org.liaison.dialogue.web;

import java.io.IOException;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.liaison.security.AccountService;
import org.liaison.security.Role;
import org.liaison.support.Chromium;
import org.liaison.support.LiaisonIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6's scenario in a real browser: an officer records the third EU–Australia meeting with two
 * commitments, marks one done, and downloads the Australia briefing, whose text holds the meeting,
 * the open commitment and the projects.
 */
@LiaisonIntegrationTest
// Records meetings and commitments: a context of its own.
@TestPropertySource(properties = "liaison.test.context=relations")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelationsBrowserTests {

	static final String PASSWORD = "a long enough password";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	Chromium chromium;

	@BeforeAll
	void launch() {
		chromium = Chromium.launch();
		accounts.create("officer-olga", PASSWORD, Role.OFFICER, false);
	}

	@AfterAll
	void quit() {
		if (chromium != null) {
			chromium.close();
		}
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	@Test
	void officerRecordsAMeetingWithCommitmentsAndTakesTheBriefing() throws IOException {
		Page page = chromium.signIn(url(""), "officer-olga", PASSWORD);
		BrowserContext context = page.context();

		page.navigate(url("/admin/dialogues"));
		page.locator("a[href='/admin/dialogues/eu-australia-digital-dialogue/meetings/new']").click();
		// no date yet: the form must say so and keep what was typed
		page.getByLabel("Time zone").fill("Europe/Brussels");
		page.getByLabel("Held virtually").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the meeting")).click();
		assertThat(page.locator(".error-summary").innerText()).contains("Enter the date as YYYY-MM-DD");
		assertThat(page.getByLabel("Time zone").inputValue()).isEqualTo("Europe/Brussels");
		page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("admin-meeting-form-error")).setFullPage(true));

		page.getByLabel("Date (YYYY-MM-DD)").fill("2026-12-10");
		page.getByLabel("Time (HH:MM)").fill("09:30");
		page.getByLabel("Announce it on the portal before it is held").check();
		page.getByLabel("Summary (English)").fill("Third EU–Australia Digital Dialogue: AI, online platforms, 5G security.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the meeting")).click();
		assertThat(page.url()).startsWith(url("/admin/dialogues/eu-australia-digital-dialogue/meetings/3"));

		addCommitment(page, "Exchange the AI Act implementation timeline", "DG CONNECT Unit A.1", "2027-01-15", "epic");
		addCommitment(page, "Propose a joint 5G security workshop", "Australian Department of Industry", "2027-02-28", "");
		Locator articles = page.locator("article.commitment");
		assertThat(articles.count()).isEqualTo(2);

		Locator first = articles.filter(new Locator.FilterOptions().setHasText("AI Act implementation timeline"));
		first.locator("select[name=status]").selectOption("DONE");
		first.locator("input[name=comment]").fill("Timeline sent on 12 January");
		first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Update")).click();
		Locator done = page.locator("article.commitment").filter(new Locator.FilterOptions().setHasText("AI Act implementation timeline"));
		assertThat(done.innerText()).contains("Done").contains("Timeline sent on 12 January");
		page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("admin-meeting-commitments")).setFullPage(true));

		page.navigate(url("/admin/commitments?view=partner&partner=australia"));
		assertThat(page.locator("main").innerText()).contains("Propose a joint 5G security workshop");
		page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("admin-commitments")).setFullPage(true));

		APIResponse briefing = page.request().get(url("/admin/partners/australia/briefing.pdf"));
		assertThat(briefing.status()).isEqualTo(200);
		try (PDDocument pdf = Loader.loadPDF(briefing.body())) {
			// table cells wrap their text over lines
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("EU–Australia Digital Dialogue", "Meeting 3", "Propose a joint 5G security workshop",
					"EPIC", "Internal: not for publication")
				.doesNotContain("Exchange the AI Act implementation timeline");
		}
		APIResponse publicBriefing = page.request().get(url("/en/partners/australia/briefing.pdf"));
		try (PDDocument pdf = Loader.loadPDF(publicBriefing.body())) {
			assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
				.contains("Meeting 3")
				.doesNotContain("Propose a joint 5G security workshop");
		}
		context.close();
	}

	@Test
	void timelineAxisEnhancesTheListAndWorksByKeyboard() {
		BrowserContext context = chromium.browser().newContext();
		Page page = context.newPage();
		java.util.List<String> errors = new java.util.ArrayList<>();
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				errors.add(message.text());
			}
		});
		page.navigate(url("/en/partners/australia"));
		page.locator(".timeline-axis").waitFor();
		int entries = page.locator("ol.timeline > li").count();
		assertThat(entries).isGreaterThan(2);
		assertThat(page.locator(".timeline-marker").count()).isEqualTo(entries);
		// one tab stop: the newest event
		assertThat(page.locator(".timeline-marker[tabindex='0']").count()).isEqualTo(1);
		page.locator(".timeline-marker[tabindex='0']").focus();
		String newest = page.locator(".timeline-caption").innerText();
		page.keyboard().press("Home");
		String oldest = page.locator(".timeline-caption").innerText();
		assertThat(oldest).isNotEqualTo(newest);
		assertThat(page.evaluate("document.activeElement.classList.contains('timeline-marker')")).isEqualTo(true);
		page.keyboard().press("ArrowRight");
		assertThat(page.locator(".timeline-caption").innerText()).isNotEqualTo(oldest);
		assertThat(page.locator("ol.timeline li.timeline-current").count()).isEqualTo(1);
		page.keyboard().press("End");
		assertThat(page.locator(".timeline-caption").innerText()).isEqualTo(newest);
		page.locator("#timeline").screenshot(new Locator.ScreenshotOptions().setPath(Chromium.screenshot("partner-timeline-axis")));
		var axe = org.liaison.support.Accessibility.check(page);
		assertThat(axe.getViolations()).extracting(r -> r.getId()).isEmpty();
		assertThat(errors).as("console errors (a CSP refusal shows here)").isEmpty();
		context.close();
	}

	private static void addCommitment(Page page, String text, String owner, String due, String projects) {
		page.getByLabel("What was committed (English)").fill(text);
		page.getByLabel("Owner (unit or person)").fill(owner);
		page.getByLabel("Due on").fill(due);
		page.getByLabel("Projects that carry it out").fill(projects);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the commitment")).click();
		assertThat(page.url()).contains("?committed");
	}

}
