package org.liaison.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright, headless. Never a downloaded browser: when Chromium is
 * missing the browser tests fail (not skip), saying how to install it.
 */
public final class Chromium implements AutoCloseable {

	/** Flags for a closed network and running as root (see the machine notes). */
	static final List<String> ARGUMENTS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
			"--disable-background-networking", "--disable-component-update", "--disable-sync",
			"--disable-dev-shm-usage");

	private final Playwright playwright;

	private final Browser browser;

	private Chromium(Playwright playwright, Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	public static Chromium launch() {
		Path executable = Path.of(System.getProperty("liaison.test.chromium", "/usr/bin/chromium"));
		if (!Files.isExecutable(executable)) {
			throw new AssertionError("No Chromium at " + executable
					+ ": install Debian's chromium (apt-get install chromium) or set -Dliaison.chromium=PATH");
		}
		Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		try {
			Browser browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(executable).setHeadless(true).setArgs(ARGUMENTS));
			return new Chromium(playwright, browser);
		}
		catch (RuntimeException ex) {
			playwright.close();
			throw ex;
		}
	}

	public Browser browser() {
		return browser;
	}

	/**
	 * A new English browser context signed in to the back office as {@code username}; the page is left
	 * on {@code /admin}.
	 */
	public com.microsoft.playwright.Page signIn(String baseUrl, String username, String password) {
		com.microsoft.playwright.BrowserContext context = browser
			.newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1280, 900)
				.setExtraHTTPHeaders(Map.of("Accept-Language", "en-GB")));
		com.microsoft.playwright.Page page = context.newPage();
		page.navigate(baseUrl + "/admin");
		if (!page.url().equals(baseUrl + "/login")) {
			throw new AssertionError("/admin did not ask to sign in but went to " + page.url());
		}
		page.getByLabel("Username").fill(username);
		page.getByLabel("Password").fill(password);
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new com.microsoft.playwright.Page.GetByRoleOptions().setName("Sign in")).click();
		if (!page.url().equals(baseUrl + "/admin")) {
			throw new AssertionError(username + " could not sign in; the browser is at " + page.url());
		}
		return page;
	}

	/** Where screenshots go: {@code target/screenshots/NAME.png}. */
	public static Path screenshot(String name) {
		return Path.of("target", "screenshots", name + ".png");
	}

	@Override
	public void close() {
		browser.close();
		playwright.close();
	}

}
