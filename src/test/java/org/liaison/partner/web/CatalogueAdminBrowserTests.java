package org.liaison.partner.web;

import java.util.List;

import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.liaison.geography.GeographyService;
import org.liaison.partner.PartnerService;
import org.liaison.security.AccountService;
import org.liaison.security.Role;
import org.liaison.support.Accessibility;
import org.liaison.support.Chromium;
import org.liaison.support.LiaisonIntegrationTest;
import org.liaison.taxonomy.TaxonomyService;
import org.liaison.taxonomy.Vocabulary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue's back office in a real browser: the partner list, translating a partner into
 * Hungarian with the English text beside each field, and every catalogue page checked by axe.
 */
@LiaisonIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueAdminBrowserTests {

	static final String PASSWORD = "a long enough password";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	PartnerService partners;

	@Autowired
	GeographyService geography;

	@Autowired
	TaxonomyService taxonomy;

	Chromium chromium;

	@BeforeAll
	void launch() {
		chromium = Chromium.launch();
		if (accounts.byUsername("browser-officer").isEmpty()) {
			accounts.create("browser-officer", PASSWORD, Role.OFFICER, false);
		}
		if (accounts.byUsername("browser-admin").isEmpty()) {
			accounts.create("browser-admin", PASSWORD, Role.ADMINISTRATOR, false);
		}
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
	void officerTranslatesAPartnerWithTheEnglishTextBeside() {
		Page page = chromium.signIn(url(""), "browser-officer", PASSWORD);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Partners").setExact(true)).first().click();
		assertThat(page.url()).isEqualTo(url("/admin/partners"));
		assertThat(page.locator("table.data-table").innerText()).contains("Australia", "African Union");
		page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("admin-partners-list")).setFullPage(true));

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Australia").setExact(true)).first().click();
		page.locator("a[href$='?source=en']").first().click();
		assertThat(page.url()).endsWith("?source=en");
		page.locator(".tab-list a[href='#lang-hu']").click();
		assertThat(page.getByLabel("Name (hu)").isVisible()).isTrue();
		assertThat(page.locator("#summary-hu-source").innerText())
			.isEqualTo(partners.partner("australia").orElseThrow().getSummary().textFor("en"));
		page.getByLabel("Description (hu)").fill("Ausztrália az EU hasonló gondolkodású partnere a digitális ügyekben.");
		page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("admin-partner-form-hu-source-en"))
			.setFullPage(true));
		// not saved: the demo partner stays as other tests expect it; saving is covered by PartnerAdminIntegrationTests
		page.context().close();
	}

	@Test
	void catalogueAndUserPagesPassTheAccessibilityCheck() {
		long australia = partners.partner("australia").orElseThrow().getId();
		long africa = geography.region("africa").orElseThrow().getId();
		long goals = taxonomy.vocabulary(Vocabulary.POLICY_GOALS).orElseThrow().getId();
		long goal = taxonomy.terms(Vocabulary.POLICY_GOALS).get(0).getId();
		long admin = accounts.byUsername("browser-admin").orElseThrow().getId();
		Page page = chromium.signIn(url(""), "browser-admin", PASSWORD);
		for (String path : List.of("/admin/partners", "/admin/partners/new", "/admin/partners/" + australia + "?source=en",
				"/admin/partners/" + australia + "/delete", "/admin/partners/" + australia + "/agreements/new",
				"/admin/partners?status=PUBLISHED", "/admin/partners/" + australia + "/preview/hu",
				"/admin/regions", "/admin/regions/" + africa + "?source=en", "/admin/regions/" + africa + "/delete",
				"/admin/vocabularies", "/admin/vocabularies/" + goals, "/admin/terms/" + goal + "?source=en",
				"/admin/users", "/admin/users/new", "/admin/users/" + admin)) {
			page.navigate(url(path));
			List<String> violations = Accessibility.check(page)
				.getViolations()
				.stream()
				.map(CatalogueAdminBrowserTests::describe)
				.toList();
			assertThat(violations).as("accessibility violations on " + path).isEmpty();
		}
		page.navigate(url("/admin/partners/" + australia));
		assertThat(page.locator(".workflow button").allInnerTexts()).containsExactly("Archive", "Back to draft");
		page.locator("#workflow-heading").scrollIntoViewIfNeeded();
		page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("admin-partner-workflow")));
		page.navigate(url("/admin/partners/" + australia + "/preview/en"));
		assertThat(page.locator(".preview-banner").innerText()).isEqualTo("Preview — published");
		page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("admin-partner-preview")));
		page.navigate(url("/admin/regions/" + africa));
		page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("admin-region-form")).setFullPage(true));
		page.navigate(url("/admin/users/" + admin));
		page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("admin-user-form")).setFullPage(true));
		page.context().close();
	}

	static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList();
	}

}
