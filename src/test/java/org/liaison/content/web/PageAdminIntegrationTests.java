package org.liaison.content.web;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.liaison.security.AccountService;
import org.liaison.security.Role;
import org.liaison.support.AdminClient;
import org.liaison.support.HtmlChecker;
import org.liaison.support.LiaisonIntegrationTest;
import org.liaison.support.PortalClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages and documents in the back office, as editors use them: a draft is invisible on the portal
 * until it has been reviewed and published; history and restore; the conflict of two saves;
 * deletes refused while related content points at the item. Every page it visits is valid HTML.
 */
@LiaisonIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageAdminIntegrationTests {

	static final String PASSWORD = "a long enough password";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	AdminClient editor;

	@BeforeAll
	void signIn() {
		if (accounts.byUsername("editor-erika").isEmpty()) {
			accounts.create("editor-erika", PASSWORD, Role.EDITOR, false);
		}
		editor = new AdminClient(port);
		editor.signIn("editor-erika", PASSWORD);
	}

	Document valid(String path) {
		HttpResponse<String> response = editor.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		assertThat(HtmlChecker.errors(response.body())).as("HTML errors in " + path).isEmpty();
		return Jsoup.parse(response.body());
	}

	static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "")
			.replaceAll("\\?.*", "");
	}

	@Test
	void pageIsPublicOnlyOncePublishedAndItsHistoryRestoresEarlierTexts() {
		valid("/admin/pages");
		valid("/admin/pages/new");
		valid("/admin/pages/new?source=en");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("slug", "cooperation-with-test-partners");
		fields.put("title[en]", "");
		fields.put("body[en]", "The **first** body.");
		HttpResponse<String> refused = editor.submit("/admin/pages/new", "/admin/pages", fields);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(Jsoup.parse(refused.body()).select("#title-error").text()).contains("title in at least one language");
		assertThat(Jsoup.parse(refused.body()).select("#body-en").val()).isEqualTo("The **first** body.");
		assertThat(HtmlChecker.errors(refused.body())).isEmpty();

		fields.put("title[en]", "Cooperation with test partners");
		fields.put("title[hu]", "Együttműködés tesztpartnerekkel");
		HttpResponse<String> created = editor.submit("/admin/pages/new", "/admin/pages", fields);
		assertThat(created.statusCode()).isEqualTo(302);
		String edit = location(created);
		PortalClient portal = new PortalClient(port);
		assertThat(portal.fetch("/en/pages/cooperation-with-test-partners").statusCode()).isEqualTo(404);

		assertThat(editor.submit(edit, edit, Map.of("body[en]", "The **second** body.")).statusCode()).isEqualTo(302);
		editor.submit(edit, edit + "/status", Map.of("target", "IN_REVIEW"));
		assertThat(portal.fetch("/en/pages/cooperation-with-test-partners").statusCode()).isEqualTo(404);
		editor.submit(edit, edit + "/status", Map.of("target", "PUBLISHED"));
		Document published = portal.get("/en/pages/cooperation-with-test-partners");
		assertThat(published.select("h1").text()).isEqualTo("Cooperation with test partners");
		assertThat(published.select("strong").eachText()).contains("second");
		assertThat(portal.get("/hu/pages/cooperation-with-test-partners").select("h1").text())
			.isEqualTo("Együttműködés tesztpartnerekkel");

		// a status change the workflow does not allow is refused
		assertThat(editor.submit(edit, edit + "/status", Map.of("target", "IN_REVIEW")).statusCode()).isEqualTo(409);

		Document history = valid(edit + "/history");
		assertThat(history.select("table.history tbody tr")).hasSize(4);
		assertThat(history.select("table.history").text()).contains("editor-erika", "Published", "In review");
		String firstRevision = history.select("table.history tbody tr").last().select("td").first().text().substring(1);
		HttpResponse<String> restored = editor.submit(edit + "/history", edit + "/history/" + firstRevision + "/restore",
				Map.of());
		assertThat(restored.statusCode()).isEqualTo(302);
		assertThat(portal.get("/en/pages/cooperation-with-test-partners").select("strong").eachText()).contains("first");
		assertThat(jdbc.queryForList("select action from audit_event where target = ? order by id", String.class,
				"page:" + edit.replaceAll("\\D", ""))).containsExactly("CREATE", "UPDATE", "STATUS_CHANGE", "PUBLISH",
						"RESTORE");

		// two saves on one version: the second gets the conflict page, and nothing is lost
		Document form = valid(edit);
		String staleVersion = form.select("input[name=version]").val();
		assertThat(editor.submit(edit, edit, Map.of("summary[en]", "Saved first.")).statusCode()).isEqualTo(302);
		HttpResponse<String> conflict = editor.submit(edit, edit, Map.of("version", staleVersion, "summary[en]",
				"Saved second."));
		assertThat(conflict.statusCode()).isEqualTo(409);
		Document conflictPage = Jsoup.parse(conflict.body());
		assertThat(conflictPage.select("table.conflict").text()).contains("Saved first.", "Saved second.");
		assertThat(conflictPage.select("#summary-en").val()).isEqualTo("Saved second.");
		assertThat(HtmlChecker.errors(conflict.body())).isEmpty();

		valid(edit + "/delete");
		assertThat(editor.submit(edit + "/delete", edit + "/delete", Map.of()).statusCode()).isEqualTo(302);
		assertThat(portal.fetch("/en/pages/cooperation-with-test-partners").statusCode()).isEqualTo(404);
	}

	@Test
	void pageThatOtherItemsLinkToIsNotDeleted() {
		long id = jdbc.queryForObject("select id from page where slug = 'digital-for-development'", Long.class);
		String path = "/admin/pages/" + id + "/delete";
		assertThat(valid(path).select("main form")).isEmpty();
		HttpResponse<String> refused = editor.post(path, Map.of("_csrf", editor.csrfToken(path)));
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(Jsoup.parse(refused.body()).select(".alert-error").text()).contains("Related-content links to it",
				"document:council-conclusions-digital4development-2016");
		assertThat(jdbc.queryForObject("select count(*) from page where id = ?", Long.class, id)).isEqualTo(1);
	}

	@Test
	void documentIsRecordedPublishedAndListedOnThePortal() {
		valid("/admin/documents");
		valid("/admin/documents/new");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("slug", "test-joint-statement-2030");
		fields.put("kind", "");
		fields.put("issuedOn", "2030-05-01");
		fields.put("issuer", "EU–Test Council");
		fields.put("url", "javascript:alert(1)");
		fields.put("title[en]", "Joint statement of the test council");
		HttpResponse<String> refused = editor.submit("/admin/documents/new", "/admin/documents", fields);
		assertThat(refused.statusCode()).isEqualTo(422);
		Document invalid = Jsoup.parse(refused.body());
		assertThat(invalid.select("#kind-error").text()).contains("required");
		assertThat(invalid.select("#url-error").text()).contains("https://");
		assertThat(HtmlChecker.errors(refused.body())).isEmpty();

		fields.put("kind", "JOINT_STATEMENT");
		fields.put("url", "https://example.org/joint-statement.pdf");
		HttpResponse<String> created = editor.submit("/admin/documents/new", "/admin/documents", fields);
		assertThat(created.statusCode()).isEqualTo(302);
		String edit = location(created);
		valid(edit);
		PortalClient portal = new PortalClient(port);
		assertThat(portal.get("/en/documents").text()).doesNotContain("Joint statement of the test council");
		editor.submit(edit, edit + "/status", Map.of("target", "IN_REVIEW"));
		editor.submit(edit, edit + "/status", Map.of("target", "PUBLISHED"));
		assertThat(portal.get("/en/documents").text()).contains("Joint statement of the test council");
		valid(edit + "/history");
		editor.submit(edit, edit + "/status", Map.of("target", "ARCHIVED"));
		assertThat(portal.get("/en/documents").text()).doesNotContain("Joint statement of the test council");
		assertThat(editor.submit(edit + "/delete", edit + "/delete", Map.of()).statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForObject("select count(*) from document where slug = 'test-joint-statement-2030'",
				Long.class)).isZero();
	}

}
