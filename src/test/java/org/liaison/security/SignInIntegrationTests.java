package org.liaison.security;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.liaison.support.AdminClient;
import org.liaison.support.LiaisonIntegrationTest;
import org.liaison.support.PortalClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sign-in, sign-out, the first administrator, lockout, the audit log, CSRF and the security headers. */
@LiaisonIntegrationTest
class SignInIntegrationTests {

	static final String PASSWORD = "a long enough password";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	String user(String name, Role role) {
		accounts.create(name, PASSWORD, role, false);
		return name;
	}

	List<AuditAction> actionsOf(String username) {
		return audit.search(username, null, null, 1).getContent().stream().map(AuditEvent::getAction).toList();
	}

	@Test
	void editorSignsInReachesTheBackOfficeAndSignsOut() {
		String name = user("sign-in-editor", Role.EDITOR);
		AdminClient browser = new AdminClient(port);
		assertThat(browser.get("/admin").headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login"));
		HttpResponse<String> signIn = browser.signIn(name, PASSWORD);
		assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin"));
		assertThat(browser.page("/admin").select(".admin-user").text()).contains(name, "Editor");
		String token = browser.csrfToken("/admin");
		assertThat(browser.post("/logout", Map.of("_csrf", token)).headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?signedOut"));
		assertThat(browser.get("/admin").statusCode()).isEqualTo(302);
		assertThat(actionsOf(name)).contains(AuditAction.SIGN_IN, AuditAction.SIGN_OUT);
	}

	@Test
	void repeatedFailuresLockTheAccountAndEveryStepIsAudited() {
		String name = user("sign-in-locked", Role.OFFICER);
		AdminClient browser = new AdminClient(port);
		long started = System.nanoTime();
		for (int i = 0; i < 5; i++) {
			assertThat(browser.signIn(name, "wrong password " + i).headers().firstValue("Location"))
				.hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
		}
		// the third failure on is answered more slowly: 1 s + 2 s + 3 s at least
		assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(6_000);
		// locked: even the right password is refused now
		assertThat(browser.signIn(name, PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
		assertThat(browser.get("/admin").statusCode()).isEqualTo(302);
		assertThat(accounts.byUsername(name).orElseThrow().getLockedUntil()).isNotNull();
		List<AuditAction> actions = actionsOf(name);
		assertThat(actions).containsOnlyOnce(AuditAction.ACCOUNT_LOCKED).contains(AuditAction.SIGN_IN_REFUSED_LOCKED);
		assertThat(actions.stream().filter(a -> a == AuditAction.SIGN_IN_FAILED)).hasSize(5);
		AuditEvent failure = audit.search(name, AuditAction.SIGN_IN_FAILED, null, 1).getContent().get(0);
		assertThat(failure.getRemoteAddress()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
		assertThat(failure.getOccurredAt()).isNotNull();

		long id = accounts.byUsername(name).orElseThrow().getId();
		accounts.unlock(id);
		assertThat(new AdminClient(port).signIn(name, PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/admin"));
	}

	@Test
	void theFirstAdministratorMustChooseAPasswordFirst() {
		UserAccount admin = accounts.byUsername("admin").orElseThrow();
		assertThat(admin.getRole()).isEqualTo(Role.ADMINISTRATOR);
		assertThat(admin.isMustChangePassword()).isTrue();
		assertThat(admin.getPasswordHash()).startsWith("{bcrypt}");

		String name = "sign-in-new";
		accounts.create(name, PASSWORD, Role.VIEWER, true);
		AdminClient browser = new AdminClient(port);
		assertThat(browser.signIn(name, PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/account/password"));
		assertThat(browser.get("/admin/news").headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/account/password"));
		HttpResponse<String> tooShort = browser.submit("/account/password", "/account/password",
				Map.of("current", PASSWORD, "password", "short", "repeat", "short"));
		assertThat(tooShort.statusCode()).isEqualTo(422);
		HttpResponse<String> changed = browser.submit("/account/password", "/account/password",
				Map.of("current", PASSWORD, "password", "my very own passphrase", "repeat", "my very own passphrase"));
		assertThat(changed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/admin"));
		assertThat(browser.get("/admin/news").statusCode()).isEqualTo(200);
		assertThat(actionsOf(name)).contains(AuditAction.PASSWORD_CHANGED);
	}

	@Test
	void formsWithoutTheirCsrfTokenAreRefused() {
		String name = user("sign-in-csrf", Role.EDITOR);
		AdminClient browser = new AdminClient(port);
		browser.get("/login");
		assertThat(browser.post("/login", Map.of("username", name, "password", PASSWORD)).statusCode()).isEqualTo(403);
		browser.signIn(name, PASSWORD);
		assertThat(browser.post("/admin/news", Map.of("slug", "csrf-less", "title[en]", "No token",
				"publishedOn", "2026-01-01")).statusCode()).isEqualTo(403);
		assertThat(browser.post("/admin/news", Map.of("slug", "csrf-less", "title[en]", "Wrong token",
				"publishedOn", "2026-01-01", "_csrf", "forged")).statusCode()).isEqualTo(403);
	}

	@Test
	void everyResponseCarriesTheSecurityHeaders() {
		PortalClient http = new PortalClient(port);
		for (String path : List.of("/en/", "/hu/news", "/en/projects/wazihub", "/css/liaison.css", "/login",
				"/en/no-such-page", "/admin")) {
			HttpResponse<String> response = http.fetch(path);
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
				.hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'",
						"object-src 'none'").doesNotContain("unsafe-inline"));
			assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
			assertThat(response.headers().firstValue("Referrer-Policy")).as(path)
				.hasValue("strict-origin-when-cross-origin");
			assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
			// plain HTTP: no HSTS (it is sent over TLS only)
			assertThat(response.headers().firstValue("Strict-Transport-Security")).as(path).isEmpty();
		}
		assertThat(http.fetch("/en/").headers().firstValue("Set-Cookie")).as("no session for readers").isEmpty();
		assertThat(http.fetch("/login").headers().firstValue("Cache-Control")).hasValueSatisfying(
				c -> assertThat(c).contains("no-store"));
	}

	@Test
	void theAuditLogOnlyGrows() {
		audit.record("test", AuditAction.IMPORT, "audit-test", "row that must stay");
		assertThatThrownBy(() -> jdbc.update("update audit_event set details = 'changed' where target = 'audit-test'"))
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("delete from audit_event where target = 'audit-test'"))
			.hasMessageContaining("append-only");
	}

	@Test
	void aUserHasOneEmailAddressNoOtherUserShares() {
		long ada = accounts.byUsername(user("ada.profile", Role.OFFICER)).orElseThrow().getId();
		long bob = accounts.byUsername(user("bob.profile", Role.OFFICER)).orElseThrow().getId();
		accounts.changeProfile(ada, "Ada Lovelace", "Ada@Example.eu");
		assertThat(accounts.byEmail("ada@example.eu")).hasValueSatisfying(u -> {
			assertThat(u.getUsername()).isEqualTo("ada.profile");
			assertThat(u.getDisplayName()).isEqualTo("Ada Lovelace");
		});
		assertThatThrownBy(() -> accounts.changeProfile(bob, "Bob", "ADA@example.eu"))
			.isInstanceOfSatisfying(AccountService.AccountException.class,
					e -> assertThat(e.messageKey()).isEqualTo("security.user.email.taken"));
		assertThatThrownBy(() -> accounts.changeProfile(bob, "Bob", "not an address"))
			.isInstanceOfSatisfying(AccountService.AccountException.class,
					e -> assertThat(e.field()).isEqualTo("email"));
		assertThat(accounts.byUsername("bob.profile").orElseThrow().getDisplayName()).isEqualTo("bob.profile");
	}

}
