package org.liaison.api;

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
import org.liaison.support.HtmlChecker;
import org.liaison.support.LiaisonIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator creates an API token in the back office, sees it once, uses it and revokes it;
 * Swagger UI runs in the browser under the Content-Security-Policy.
 */
@LiaisonIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTokensBrowserTests {

	static final String PASSWORD = "a long enough password";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	Chromium chromium;

	@BeforeAll
	void launch() {
		chromium = Chromium.launch();
		accounts.create("tokens-admin", PASSWORD, Role.ADMINISTRATOR, false);
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
	void anAdministratorCreatesUsesAndRevokesAToken() {
		Page page = chromium.signIn(url(""), "tokens-admin", PASSWORD);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("API tokens").setExact(true)).first().click();
		assertThat(page.url()).isEqualTo(url("/admin/api-tokens"));
		page.getByLabel("Name").fill("x");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token")).click();
		// the browser's own pattern check keeps the form; without it the server says the same
		page.getByLabel("Name").fill("ci-browser");
		page.getByLabel("Role").selectOption("EDITOR");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token")).click();
		String secret = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Token").setExact(true))
			.inputValue();
		assertThat(secret).startsWith("lia_").hasSize(47);
		assertThat(page.content()).contains("shown only this once");
		assertThat(HtmlChecker.errors(page.content())).isEmpty();
		AxeResults results = Accessibility.check(page);
		assertThat(results.getViolations()).extracting(rule -> rule.getId()).isEmpty();
		page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("admin-api-tokens")).setFullPage(true));

		ApiClient api = new ApiClient(port);
		assertThat(api.send("DELETE", "/api/v1/news/no-such-news", null, "Authorization", "Bearer " + secret).statusCode())
			.as("an editor's token may write news").isEqualTo(404);

		page.navigate(url("/admin/api-tokens"));
		assertThat(page.content()).doesNotContain(secret);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke the token ci-browser")).click();
		assertThat(page.getByRole(AriaRole.STATUS).first().innerText()).contains("revoked");
		assertThat(api.send("DELETE", "/api/v1/news/no-such-news", null, "Authorization", "Bearer " + secret).statusCode())
			.isEqualTo(401);
		page.context().close();
	}

	@Test
	void swaggerUiRunsUnderTheContentSecurityPolicy() {
		Page page = chromium.browser().newPage();
		List<String> problems = new ArrayList<>();
		page.onConsoleMessage(message -> {
			if (message.type().equals("error")) {
				problems.add(message.text());
			}
		});
		page.onRequestFailed(request -> problems.add("failed: " + request.url()));
		page.navigate(url("/swagger-ui/index.html"));
		// a 1.5 MB script: give a loaded machine time
		page.locator(".opblock-tag").first().waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(120_000));
		assertThat(page.locator(".opblock-tag").allInnerTexts()).anySatisfy(tag -> assertThat(tag).contains("Projects"));
		page.locator(".opblock-tag", new Page.LocatorOptions().setHasText("Projects")).first().click();
		page.locator(".opblock-summary-path").first().waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(60_000));
		page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("swagger-ui")).setFullPage(false));
		assertThat(problems).isEmpty();
		page.context().close();
	}

}
