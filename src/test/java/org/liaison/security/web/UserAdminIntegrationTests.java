package org.liaison.security.web;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.liaison.security.AccountService;
import org.liaison.security.AuditAction;
import org.liaison.security.AuditLog;
import org.liaison.security.Role;
import org.liaison.security.UserAccount;
import org.liaison.support.AdminClient;
import org.liaison.support.HtmlChecker;
import org.liaison.support.LiaisonIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator manages users: create with an initial password to be changed, edit profile and
 * role (audited), reset a password, disable and enable, unlock; delete refused once the user has
 * history, with disabling offered instead; no administrator demotes, disables or deletes themselves.
 */
@LiaisonIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserAdminIntegrationTests {

	static final String PASSWORD = "a long enough password";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	AuditLog audit;

	AdminClient admin;

	long adminId;

	@BeforeAll
	void signIn() {
		adminId = accounts.create("users-admin", PASSWORD, Role.ADMINISTRATOR, false).getId();
		admin = new AdminClient(port);
		admin.signIn("users-admin", PASSWORD);
	}

	long create(String username, String email, Role role) {
		Map<String, String> fields = new HashMap<>();
		fields.put("_csrf", admin.csrfToken("/admin/users/new"));
		fields.put("username", username);
		fields.put("displayName", "Display " + username);
		fields.put("email", email);
		fields.put("role", role.name());
		fields.put("password", "initial password 2099");
		HttpResponse<String> response = admin.post("/admin/users", fields);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		return Long.parseLong(response.headers().firstValue("Location").orElseThrow()
			.replaceAll(".*/admin/users/(\\d+)\\?saved", "$1"));
	}

	@Test
	void newUserMustChooseAPasswordAtFirstSignIn() {
		long id = create("new-officer-ilona", "ilona@example.org", Role.OFFICER);
		UserAccount account = accounts.find(id).orElseThrow();
		assertThat(account.isMustChangePassword()).isTrue();
		assertThat(account.getEmail()).isEqualTo("ilona@example.org");
		assertThat(account.getDisplayName()).isEqualTo("Display new-officer-ilona");
		AdminClient ilona = new AdminClient(port);
		HttpResponse<String> signIn = ilona.signIn("new-officer-ilona", "initial password 2099");
		assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/account/password");
		assertThat(admin.page("/admin/users?q=ilona").select("table.data-table").text())
			.contains("new-officer-ilona", "Officer", "Must choose a password");
	}

	@Test
	void roleChangeIsSavedAndAudited() {
		long id = create("promoted-user", "promoted@example.org", Role.VIEWER);
		String path = "/admin/users/" + id;
		HttpResponse<String> saved = admin.post(path, formOf(admin.page(path), Map.of("role", "EDITOR")));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(accounts.find(id).orElseThrow().getRole()).isEqualTo(Role.EDITOR);
		assertThat(audit.search(null, AuditAction.ROLE_CHANGE, "user:promoted-user", 1).getContent())
			.singleElement()
			.satisfies(event -> assertThat(event.getDetails()).isEqualTo("VIEWER → EDITOR"));
	}

	@Test
	void invalidEmailShowsTheMessageNextToTheFieldAndKeepsTheInput() {
		Map<String, String> fields = new HashMap<>();
		fields.put("_csrf", admin.csrfToken("/admin/users/new"));
		fields.put("username", "kept-username");
		fields.put("displayName", "Kept Name");
		fields.put("email", "not an address");
		fields.put("role", "EDITOR");
		fields.put("password", "short");
		HttpResponse<String> response = admin.post("/admin/users", fields);
		assertThat(response.statusCode()).isEqualTo(422);
		Document page = Jsoup.parse(response.body());
		assertThat(page.getElementById("email-error").text()).isEqualTo("This is not an e-mail address.");
		assertThat(page.getElementById("password-error").text()).isNotBlank();
		assertThat(page.getElementById("username").val()).isEqualTo("kept-username");
		assertThat(page.getElementById("displayName").val()).isEqualTo("Kept Name");
		assertThat(page.select("#role option[selected]").val()).isEqualTo("EDITOR");
		assertThat(page.getElementById("password").val()).isEmpty();
		assertThat(HtmlChecker.errors(response.body())).isEmpty();
		assertThat(accounts.byUsername("kept-username")).isEmpty();
	}

	@Test
	void anAdministratorCannotDemoteDisableOrDeleteThemselves() {
		String path = "/admin/users/" + adminId;
		HttpResponse<String> demoted = admin.post(path, formOf(admin.page(path), Map.of("role", "VIEWER")));
		assertThat(demoted.statusCode()).isEqualTo(422);
		assertThat(Jsoup.parse(demoted.body()).getElementById("role-error").text())
			.contains("cannot take away your own administrator role");
		HttpResponse<String> disabled = admin.post(path + "/enabled",
				Map.of("_csrf", admin.csrfToken(path), "enabled", "false"));
		assertThat(disabled.statusCode()).isEqualTo(422);
		assertThat(disabled.body()).contains("You cannot disable yourself.");
		HttpResponse<String> deleted = admin.post(path + "/delete", Map.of("_csrf", admin.csrfToken(path)));
		assertThat(deleted.statusCode()).isEqualTo(409);
		UserAccount me = accounts.find(adminId).orElseThrow();
		assertThat(me.getRole()).isEqualTo(Role.ADMINISTRATOR);
		assertThat(me.isEnabled()).isTrue();
	}

	@Test
	void userWithHistoryIsNotDeletedButCanBeDisabledAndEnabled() {
		long id = create("signed-in-once", "once@example.org", Role.EDITOR);
		new AdminClient(port).signIn("signed-in-once", "initial password 2099");
		String path = "/admin/users/" + id;
		Document confirm = admin.page(path + "/delete");
		assertThat(confirm.select("[role=alert]").text()).contains("Audit log entries: ");
		assertThat(confirm.select("form[action$=/enabled] button").text()).isEqualTo("Disable");
		HttpResponse<String> refused = admin.post(path + "/delete", Map.of("_csrf", admin.csrfToken(path)));
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(accounts.find(id)).isPresent();
		assertThat(HtmlChecker.errors(refused.body())).isEmpty();

		assertThat(admin.post(path + "/enabled", Map.of("_csrf", admin.csrfToken(path), "enabled", "false"))
			.statusCode()).isEqualTo(302);
		assertThat(accounts.find(id).orElseThrow().isEnabled()).isFalse();
		HttpResponse<String> refusedSignIn = new AdminClient(port).signIn("signed-in-once", "initial password 2099");
		assertThat(refusedSignIn.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
		assertThat(admin.post(path + "/enabled", Map.of("_csrf", admin.csrfToken(path), "enabled", "true"))
			.statusCode()).isEqualTo(302);
		assertThat(accounts.find(id).orElseThrow().isEnabled()).isTrue();
	}

	@Test
	void aRoleChangeTakesEffectAtOnceAndADisabledUsersSessionEnds() {
		long id = accounts.create("session-officer", PASSWORD, Role.OFFICER, false).getId();
		AdminClient officer = new AdminClient(port);
		officer.signIn("session-officer", PASSWORD);
		assertThat(officer.page("/admin/partners/new").select(".form-actions button").text()).isEqualTo("Save");
		String path = "/admin/users/" + id;
		assertThat(admin.post(path, formOf(admin.page(path), Map.of("role", "VIEWER"))).statusCode()).isEqualTo(302);
		assertThat(officer.page("/admin/partners/new").select(".form-actions")).isEmpty();
		assertThat(officer.post("/admin/partners", Map.of("_csrf", officer.csrfToken("/admin/partners/new"), "slug",
				"viewer-may-not")).statusCode()).isEqualTo(403);

		assertThat(admin.post(path + "/enabled", Map.of("_csrf", admin.csrfToken(path), "enabled", "false"))
			.statusCode()).isEqualTo(302);
		HttpResponse<String> after = officer.get("/admin");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login?signedOut");
		assertThat(officer.get("/admin").headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	@Test
	void userWithoutHistoryIsDeleted() {
		long id = create("never-signed-in", "never@example.org", Role.VIEWER);
		HttpResponse<String> deleted = admin.post("/admin/users/" + id + "/delete",
				Map.of("_csrf", admin.csrfToken("/admin/users/" + id + "/delete")));
		assertThat(deleted.headers().firstValue("Location").orElseThrow()).endsWith("/admin/users?deleted");
		assertThat(accounts.byUsername("never-signed-in")).isEmpty();
		assertThat(audit.search(null, AuditAction.DELETE, "user:never-signed-in", 1).getContent()).hasSize(1);
	}

	@Test
	void passwordResetAndUnlockAreAudited() {
		long id = create("forgetful-user", "forgetful@example.org", Role.VIEWER);
		String path = "/admin/users/" + id;
		HttpResponse<String> tooShort = admin.post(path + "/password", Map.of("_csrf", admin.csrfToken(path), "password", "short"));
		assertThat(tooShort.statusCode()).isEqualTo(422);
		assertThat(Jsoup.parse(tooShort.body()).getElementById("newPassword-error").text()).isNotBlank();
		assertThat(admin.post(path + "/password",
				Map.of("_csrf", admin.csrfToken(path), "password", "a fresh password 2099")).statusCode()).isEqualTo(302);
		assertThat(admin.page(path + "?done=password").select("[role=status]").text()).contains("new password has been set");
		assertThat(audit.search(null, AuditAction.PASSWORD_CHANGED, "user:forgetful-user", 1).getContent()).hasSize(1);
		assertThat(admin.post(path + "/unlock", Map.of("_csrf", admin.csrfToken(path))).statusCode()).isEqualTo(302);
		assertThat(audit.search(null, AuditAction.ACCOUNT_UNLOCKED, "user:forgetful-user", 1).getContent()).hasSize(1);
	}

	@Test
	void theSecondOfTwoConcurrentEditsGetsAConflict() {
		long id = create("contested-user", "contested@example.org", Role.VIEWER);
		String path = "/admin/users/" + id;
		Document first = admin.page(path);
		Document second = admin.page(path);
		assertThat(admin.post(path, formOf(first, Map.of("displayName", "First Save"))).statusCode()).isEqualTo(302);
		HttpResponse<String> conflict = admin.post(path, formOf(second, Map.of("displayName", "Second Save")));
		assertThat(conflict.statusCode()).isEqualTo(409);
		Document page = Jsoup.parse(conflict.body());
		assertThat(page.select("[role=alert]").text()).contains("Someone else saved this item meanwhile", "First Save");
		assertThat(page.getElementById("displayName").val()).isEqualTo("Second Save");
		assertThat(accounts.find(id).orElseThrow().getDisplayName()).isEqualTo("First Save");
	}

	@Test
	void everyUserPageIsValidHtml() {
		long id = create("html-checked-user", "html@example.org", Role.VIEWER);
		for (String path : List.of("/admin/users", "/admin/users?role=ADMINISTRATOR&q=users", "/admin/users/new",
				"/admin/users/" + id, "/admin/users/" + adminId, "/admin/users/" + id + "/delete")) {
			assertThat(HtmlChecker.errors(admin.get(path).body())).as(path).isEmpty();
		}
	}

	static Map<String, String> formOf(Document page, Map<String, String> values) {
		Map<String, String> fields = new HashMap<>();
		var form = page.select("form.admin-form").first();
		for (var input : form.select("input[name]")) {
			fields.put(input.attr("name"), input.val());
		}
		for (var select : form.select("select[name]")) {
			fields.put(select.attr("name"), select.selectFirst("option[selected]").val());
		}
		fields.putAll(values);
		return fields;
	}

}
