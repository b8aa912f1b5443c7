package org.liaison.content.web;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenario in a real browser: an editor writes a news item in English, adds its Hungarian
 * translation and sends it to review; a second editor publishes it; it appears on the portal in both
 * languages, and its history shows both steps. Then two people edit it at once, and the second save
 * gets the conflict page.
 */
@LiaisonIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewsEditingBrowserTests {

	static final String PASSWORD = "a long enough password";

	static final String SLUG = "eu-japan-browser-test-partnership";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	Chromium chromium;

	@BeforeAll
	void launch() {
		chromium = Chromium.launch();
		accounts.create("writer-anna", PASSWORD, Role.EDITOR, false);
		accounts.create("reviewer-bela", PASSWORD, Role.EDITOR, false);
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

	Page signIn(String username) {
		return chromium.signIn(url(""), username, PASSWORD);
	}

	static void shoot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot(name)).setFullPage(true));
	}

	@Test
	void twoEditorsWriteTranslateReviewAndPublish() {
		Page anna = signIn("writer-anna");
		anna.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("News").setExact(true)).first().click();
		anna.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write a news item")).click();
		anna.getByLabel("Slug").fill(SLUG);
		anna.getByLabel("Date").fill("2099-06-15");
		anna.getByLabel("Title (en)").fill("EU and Japan deepen their digital partnership");
		anna.getByLabel("Teaser (en)").fill("A second Digital Partnership Council sets priorities for 2099.");
		anna.getByLabel("Body (en)").fill("The Council met in **Tokyo**.\n\nIt agreed on secure connectivity.");
		// the Hungarian tab is flagged as missing until it has a title
		assertThat(anna.locator(".tab-panel:visible .tab-list a[href='#lang-hu']").innerText()).contains("missing");
		anna.locator(".tab-panel:visible .tab-list a[href='#lang-hu']").click();
		assertThat(anna.getByLabel("Title (hu)").isVisible()).isTrue();
		// the tab shown is the one marked current
		assertThat(anna.locator(".tab-panel:visible .tab-list a[aria-current=true]").getAttribute("href"))
			.isEqualTo("#lang-hu");
		anna.getByLabel("Title (hu)").fill("Az EU és Japán elmélyíti digitális partnerségét");
		anna.getByLabel("Teaser (hu)").fill("A második Digitális Partnerségi Tanács kijelölte a 2099-es prioritásokat.");
		anna.getByLabel("Body (hu)").fill("A Tanács **Tokióban** ülésezett.\n\nMegállapodott a biztonságos összeköttetésről.");
		shoot(anna, "admin-news-form");
		anna.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
		assertThat(anna.url()).matches(Pattern.quote(url("/admin/news/")) + "\\d+\\?saved");
		String edit = anna.url().replace("?saved", "");
		assertThat(anna.locator(".tab-panel:visible .tab-list").innerText()).doesNotContain("missing");
		anna.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send to review")).click();
		assertThat(anna.locator(".status-badge").first().innerText()).isEqualTo("In review");
		// not public while in review
		assertThat(anna.navigate(url("/en/news/" + SLUG)).status()).isEqualTo(404);
		anna.navigate(url("/admin"));
		anna.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
		assertThat(anna.url()).isEqualTo(url("/login?signedOut"));
		anna.context().close();

		Page bela = signIn("reviewer-bela");
		bela.navigate(url("/admin/news?status=IN_REVIEW"));
		shoot(bela, "admin-news-list");
		bela.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("EU and Japan deepen their digital partnership"))
			.click();
		assertThat(bela.url()).isEqualTo(edit);
		bela.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
		assertThat(bela.locator(".status-badge").first().innerText()).isEqualTo("Published");

		bela.navigate(url("/en/news/" + SLUG));
		assertThat(bela.locator("h1").innerText()).isEqualTo("EU and Japan deepen their digital partnership");
		assertThat(bela.locator(".prose strong").innerText()).isEqualTo("Tokyo");
		shoot(bela, "news-published-en");
		bela.navigate(url("/hu/news/" + SLUG));
		assertThat(bela.locator("h1").innerText()).isEqualTo("Az EU és Japán elmélyíti digitális partnerségét");
		shoot(bela, "news-published-hu");

		bela.navigate(edit + "/history");
		String history = bela.locator("table.history").innerText();
		assertThat(history).contains("writer-anna", "reviewer-bela", "In review", "Published");
		shoot(bela, "admin-news-history");
		bela.locator("table.history tbody tr").first().locator("a").click();
		assertThat(bela.locator("table.diff tr.changed").first().innerText()).contains("Status");
		shoot(bela, "admin-news-diff");
		bela.context().close();
	}

	@Test
	void theSecondOfTwoConcurrentSavesGetsTheConflictPage() {
		accounts.create("conflict-a", PASSWORD, Role.EDITOR, false);
		accounts.create("conflict-b", PASSWORD, Role.EDITOR, false);
		Page first = signIn("conflict-a");
		first.navigate(url("/admin/news/new"));
		first.getByLabel("Slug").fill("conflict-browser-test");
		first.getByLabel("Date").fill("2099-01-01");
		first.getByLabel("Title (en)").fill("Conflict test");
		first.getByLabel("Body (en)").fill("Original body.");
		first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
		String edit = first.url().replace("?saved", "");

		Page second = signIn("conflict-b");
		second.navigate(edit);
		first.navigate(edit);
		second.getByLabel("Body (en)").fill("Body as the second editor wrote it.");
		second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
		first.getByLabel("Body (en)").fill("Body as the first editor wrote it.");
		first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
		assertThat(first.locator("h1").innerText()).isEqualTo("Someone else saved this item meanwhile");
		assertThat(first.locator("table.conflict").innerText()).contains("Body as the second editor wrote it.");
		assertThat(first.locator("#body-en").inputValue()).isEqualTo("Body as the first editor wrote it.");
		shoot(first, "admin-news-conflict");
		first.locator("#body-en").fill("Merged: both editors' bodies.");
		first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the merged version")).click();
		assertThat(first.url()).endsWith("?saved");
		assertThat(first.locator("#body-en").inputValue()).isEqualTo("Merged: both editors' bodies.");
		first.context().close();
		second.context().close();
	}


}
