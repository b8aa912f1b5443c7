package org.liaison.security.oidc;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.liaison.security.AccountService;
import org.liaison.security.AuditAction;
import org.liaison.security.AuditLog;
import org.liaison.security.Role;
import org.liaison.support.LiaisonIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on against a real OpenID provider (Spring Authorization Server, started by the test):
 * the whole authorization-code flow through an HTTP client that follows redirects and keeps cookies.
 * A user whose group maps to a role arrives in the back office with that role; one whose groups map
 * to none is refused; both are audited.
 */
@LiaisonIntegrationTest
class OidcSignInIntegrationTests {

	static final ConfigurableApplicationContext PROVIDER = OidcProvider.start();

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	AuditLog audit;

	@DynamicPropertySource
	static void provider(DynamicPropertyRegistry registry) {
		registry.add("liaison.security.oidc.issuer-uri", () -> OidcProvider.issuer(PROVIDER));
		registry.add("liaison.security.oidc.client-id", () -> OidcProvider.CLIENT_ID);
		registry.add("liaison.security.oidc.client-secret", () -> OidcProvider.CLIENT_SECRET);
		registry.add("liaison.security.oidc.roles-claim", () -> "groups");
		registry.add("liaison.security.oidc.role-mapping", () -> "liaison-editors=editor, liaison-admins=ADMINISTRATOR");
		registry.add("liaison.security.oidc.name", () -> "Test ID");
	}

	@AfterAll
	static void stopProvider() {
		PROVIDER.close();
	}

	@Test
	void aUserWhoseGroupMapsToARoleArrivesInTheBackOfficeWithIt() throws Exception {
		HttpClient browser = browser();
		Document login = Jsoup.parse(get(browser, app("/login")).body());
		assertThat(login.select("a[href=/oauth2/authorization/oidc]").text()).isEqualTo("Sign in with Test ID");

		HttpResponse<String> arrived = signInAtProvider(browser, "alice");
		assertThat(arrived.uri().getPath()).isEqualTo("/admin");
		assertThat(arrived.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(arrived.body()).select(".admin-user").text()).contains("sso.alice").contains("Editor");
		assertThat(accounts.byUsername("sso.alice").orElseThrow().getRole()).isEqualTo(Role.EDITOR);
		assertThat(audit.search("sso.alice", AuditAction.SIGN_IN, null, 1).getContent()).singleElement()
			.satisfies(event -> assertThat(event.getDetails()).contains("Test ID").contains("EDITOR"));
		// the session is a real one: an editor's page opens, an administrator's does not
		assertThat(get(browser, app("/admin/news/new")).statusCode()).isEqualTo(200);
		assertThat(get(browser, app("/admin/audit")).statusCode()).isEqualTo(403);
	}

	@Test
	void aUserWhoseGroupsMapToNoRoleIsRefused() throws Exception {
		HttpResponse<String> refused = signInAtProvider(browser(), "bob");
		assertThat(refused.uri().getPath()).isEqualTo("/login");
		assertThat(refused.uri().getQuery()).isEqualTo("ssoRefused");
		assertThat(Jsoup.parse(refused.body()).select(".alert").text()).contains("gives no role in Liaison");
		assertThat(accounts.byUsername("sso.bob")).isEmpty();
		assertThat(audit.search("sso.bob", AuditAction.SIGN_IN_FAILED, null, 1).getContent()).singleElement()
			.satisfies(event -> assertThat(event.getDetails()).contains("visitors"));
	}

	/** Starts at Liaison's "Sign in with …", signs in at the provider's form, follows it back. */
	private HttpResponse<String> signInAtProvider(HttpClient browser, String user) throws Exception {
		HttpResponse<String> providerLogin = get(browser, app("/oauth2/authorization/oidc"));
		assertThat(providerLogin.uri().toString()).startsWith(OidcProvider.issuer(PROVIDER) + "/login");
		String csrf = Jsoup.parse(providerLogin.body()).select("input[name=_csrf]").attr("value");
		String form = "username=" + user + "&password=" + URLEncoder.encode(OidcProvider.PASSWORD, StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
		return browser.send(HttpRequest.newBuilder(providerLogin.uri())
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String app(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	private static HttpClient browser() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	private static HttpResponse<String> get(HttpClient browser, String url) throws IOException, InterruptedException {
		return browser.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
