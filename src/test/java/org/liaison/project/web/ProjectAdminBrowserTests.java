package org.liaison.project.web;

import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.liaison.security.AccountService;
import org.liaison.security.Role;
import org.liaison.support.Accessibility;
import org.liaison.support.Chromium;
import org.liaison.support.LiaisonIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project, programme, organisation, page and document back offices in a real browser: an officer
 * filters the project list and edits a project's participants by keyboard-reachable controls; every
 * section's pages pass axe. Screenshots of the project list and form under target/screenshots/.
 */
@LiaisonIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectAdminBrowserTests {

	static final String PASSWORD = "a long enough password";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	Chromium chromium;

	@BeforeAll
	void launch() {
		chromium = Chromium.launch();
		for (var account : List.of(List.of("browser-officer", Role.OFFICER), List.of("browser-admin", Role.ADMINISTRATOR))) {
			if (accounts.byUsername((String) account.get(0)).isEmpty()) {
				accounts.create((String) account.get(0), PASSWORD, (Role) account.get(1), false);
			}
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

	static void shoot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot(name)).setFullPage(true));
	}

	@Test
	void officerFiltersTheListAndEditsAProject() {
		Page page = chromium.signIn(url(""), "browser-officer", PASSWORD);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Projects").setExact(true)).first().click();
		assertThat(page.url()).isEqualTo(url("/admin/projects"));
		page.getByLabel("Country code").fill("KE");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
		assertThat(page.url()).contains("country=KE");
		assertThat(page.locator("table.data-table").innerText()).contains("WAZIHUB").doesNotContain("PICASSO");
		page.navigate(url("/admin/projects"));
		shoot(page, "admin-projects-list");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("WAZIHUB").setExact(true)).click();
		assertThat(page.locator("h1").innerText()).isEqualTo("Edit project WAZIHUB");
		shoot(page, "admin-project-form");
		page.getByLabel("Website").fill("https://www.wazihub.eu/");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(page.url()).endsWith("?saved");
		assertThat(page.getByLabel("Website").inputValue()).isEqualTo("https://www.wazihub.eu/");
		assertThat(page.locator("#countries").inputValue()).isEqualTo("KE, UG, TZ, ZA, MZ, SN, GH");
		page.context().close();
	}

	@Test
	void backOfficePagesPassTheAccessibilityCheck() {
		Page page = chromium.signIn(url(""), "browser-admin", PASSWORD);
		long project = jdbc.queryForObject("select id from project where slug = 'wazihub'", Long.class);
		long programme = jdbc.queryForObject("select min(id) from programme", Long.class);
		long organisation = jdbc.queryForObject("select min(id) from organisation", Long.class);
		long pageId = jdbc.queryForObject("select id from page where slug = 'digital-for-development'", Long.class);
		long document = jdbc.queryForObject("select min(id) from document", Long.class);
		List<String> violations = new ArrayList<>();
		for (String path : List.of("/admin/projects", "/admin/projects?q=a&sort=acronym", "/admin/projects/new",
				"/admin/projects?publication=PUBLISHED", "/admin/projects/" + project + "/preview/hu",
				"/admin/projects/" + project, "/admin/projects/" + project + "?source=en",
				"/admin/projects/" + project + "/delete", "/admin/programmes", "/admin/programmes/new",
				"/admin/programmes/" + programme, "/admin/programmes/" + programme + "/delete", "/admin/organisations",
				"/admin/organisations/new", "/admin/organisations/" + organisation,
				"/admin/organisations/" + organisation + "/delete", "/admin/pages", "/admin/pages/new",
				"/admin/pages/" + pageId, "/admin/pages/" + pageId + "/history", "/admin/documents",
				"/admin/documents/new", "/admin/documents/" + document)) {
			page.navigate(url(path));
			AxeResults results = Accessibility.check(page);
			results.getViolations().forEach(rule -> violations.add(path + ": " + rule.getId() + " " + rule.getHelp() + " at "
					+ rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList()));
		}
		page.navigate(url("/admin/pages/" + pageId));
		shoot(page, "admin-page-form");
		assertThat(violations).isEmpty();
		page.context().close();
	}

}
