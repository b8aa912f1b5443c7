package org.liaison.content.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.liaison.security.AccountService;
import org.liaison.security.Role;
import org.liaison.support.AdminClient;
import org.liaison.support.LiaisonIntegrationTest;
import org.liaison.support.PortalClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * XSS payloads stored through the back office in every text field of a news item, in two languages,
 * then looked for on every public and back-office page that shows the item: none may run, and none
 * may come back as markup.
 */
@LiaisonIntegrationTest
// its payload project and page must not show up in other tests' counts of the demo data
@org.springframework.test.context.TestPropertySource(properties = "liaison.test.context=xss")
class NewsXssIntegrationTests {

	static final List<String> PAYLOADS = List.of("<script>alert('xss-1')</script>",
			"<img src=x onerror=alert('xss-2')>", "\"><svg onload=alert('xss-3')>", "[click](javascript:alert('xss-4'))",
			"<a href=\"javascript:alert('xss-5')\">link</a>", "</textarea><script>alert('xss-6')</script>",
			"' onmouseover='alert(7)' x='", "<iframe src=\"javascript:alert('xss-8')\"></iframe>",
			"<style>body{display:none}</style>", "${7*7}{{7*7}}<!--");

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Test
	void noPayloadRunsOrSurvivesUnescapedAnywhere() {
		accounts.create("xss-editor", "a long enough password", Role.EDITOR, false);
		AdminClient editor = new AdminClient(port);
		editor.signIn("xss-editor", "a long enough password");

		String all = String.join("\n\n", PAYLOADS);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("slug", "xss-test-item");
		fields.put("publishedOn", "2099-12-31");
		for (String language : List.of("en", "hu")) {
			List<String> half = language.equals("en") ? PAYLOADS.subList(0, 5) : PAYLOADS.subList(5, 10);
			fields.put("title[" + language + "]", String.join(" ", half));
			fields.put("teaser[" + language + "]", all);
			fields.put("body[" + language + "]", all);
		}
		HttpResponse<String> created = editor.submit("/admin/news/new", "/admin/news", fields);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String edit = created.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "")
			.replace("?saved", "");

		// a payload as the slug is refused, with the input kept and escaped
		Map<String, String> badSlug = new LinkedHashMap<>(fields);
		badSlug.put("slug", "<script>alert('slug')</script>");
		HttpResponse<String> refused = editor.submit("/admin/news/new", "/admin/news", badSlug);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertClean("refused form", refused.body());

		editor.submit(edit, edit + "/status", Map.of("target", "IN_REVIEW"));
		editor.submit(edit, edit + "/status", Map.of("target", "PUBLISHED"));

		List<String> adminPages = new ArrayList<>(List.of("/admin/news", "/admin/news?q=script", edit,
				edit + "/history", edit + "/delete"));
		Document history = editor.page(edit + "/history");
		history.select("table.history a").forEach(a -> adminPages.add(a.attr("href")));
		for (String page : adminPages) {
			assertClean(page, editor.page(page).outerHtml());
		}
		PortalClient portal = new PortalClient(port);
		for (String page : List.of("/en/news/xss-test-item", "/hu/news/xss-test-item", "/en/news", "/hu/")) {
			assertClean(page, portal.get(page).outerHtml());
		}
		// the text itself is still there for readers, as text
		assertThat(portal.get("/en/news/xss-test-item").select("h1").text()).contains("<script>alert('xss-1')</script>");
	}

	@Test
	void noPayloadInPageOrProjectTextsRunsOrSurvivesUnescapedAnywhere() {
		accounts.create("xss-page-editor", "a long enough password", Role.EDITOR, false);
		accounts.create("xss-officer", "a long enough password", Role.OFFICER, false);
		AdminClient editor = new AdminClient(port);
		editor.signIn("xss-page-editor", "a long enough password");
		String all = String.join("\n\n", PAYLOADS);
		Map<String, String> page = new LinkedHashMap<>();
		page.put("slug", "xss-test-page");
		for (String language : List.of("en", "hu")) {
			List<String> half = language.equals("en") ? PAYLOADS.subList(0, 5) : PAYLOADS.subList(5, 10);
			page.put("title[" + language + "]", String.join(" ", half));
			page.put("summary[" + language + "]", all);
			page.put("body[" + language + "]", all);
		}
		HttpResponse<String> created = editor.submit("/admin/pages/new", "/admin/pages", page);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String pageEdit = created.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "")
			.replace("?saved", "");
		Map<String, String> badPage = new LinkedHashMap<>(page);
		badPage.put("slug", "<script>alert('slug')</script>");
		HttpResponse<String> refusedPage = editor.submit("/admin/pages/new", "/admin/pages", badPage);
		assertThat(refusedPage.statusCode()).isEqualTo(422);
		assertClean("refused page form", refusedPage.body());
		editor.submit(pageEdit, pageEdit + "/status", Map.of("target", "IN_REVIEW"));
		editor.submit(pageEdit, pageEdit + "/status", Map.of("target", "PUBLISHED"));

		AdminClient officer = new AdminClient(port);
		officer.signIn("xss-officer", "a long enough password");
		Map<String, String> project = new LinkedHashMap<>();
		project.put("slug", "xss-test-project");
		project.put("acronym", PAYLOADS.get(0));
		project.put("grantId", PAYLOADS.get(6));
		project.put("countries", "KE");
		project.put("participations[0].organisation", "");
		for (String language : List.of("en", "hu")) {
			List<String> half = language.equals("en") ? PAYLOADS.subList(0, 5) : PAYLOADS.subList(5, 10);
			project.put("title[" + language + "]", String.join(" ", half));
			project.put("summary[" + language + "]", all);
			project.put("objective[" + language + "]", all);
		}
		HttpResponse<String> projectCreated = officer.post("/admin/projects",
				with(project, "_csrf", officer.csrfToken("/admin/projects/new")));
		assertThat(projectCreated.statusCode()).as(projectCreated.body()).isEqualTo(302);
		String projectEdit = projectCreated.headers().firstValue("Location").orElseThrow()
			.replaceAll("^https?://[^/]+", "").replace("?saved", "");
		HttpResponse<String> refusedProject = officer.post("/admin/projects",
				with(with(project, "slug", "<svg onload=alert(1)>"), "_csrf", officer.csrfToken("/admin/projects/new")));
		assertThat(refusedProject.statusCode()).isEqualTo(422);
		assertClean("refused project form", refusedProject.body());

		for (String path : List.of("/admin/pages", "/admin/pages?q=script", pageEdit, pageEdit + "?source=hu",
				pageEdit + "/history", pageEdit + "/delete")) {
			assertClean(path, editor.page(path).outerHtml());
		}
		for (String path : List.of("/admin/projects?q=script", "/admin/projects?sort=acronym", projectEdit,
				projectEdit + "?source=hu", projectEdit + "/delete", projectEdit + "/preview/en", projectEdit + "/preview/hu")) {
			assertClean(path, officer.page(path).outerHtml());
		}
		// the new project's profile is a draft until it is published
		for (String target : List.of("IN_REVIEW", "PUBLISHED")) {
			assertThat(officer.submit(projectEdit, projectEdit + "/status", Map.of("target", target)).statusCode())
				.isEqualTo(302);
		}
		assertClean(projectEdit + "/history", officer.page(projectEdit + "/history").outerHtml());
		PortalClient portal = new PortalClient(port);
		for (String path : List.of("/en/pages/xss-test-page", "/hu/pages/xss-test-page", "/en/projects/xss-test-project",
				"/hu/projects/xss-test-project", "/en/projects?country=ke", "/en/countries/ke")) {
			assertClean(path, portal.get(path).outerHtml());
		}
		assertThat(portal.get("/en/pages/xss-test-page").select("h1").text()).contains("<script>alert('xss-1')</script>");
		assertThat(portal.get("/en/projects/xss-test-project").text()).contains("<script>alert('xss-1')</script>");
	}

	static Map<String, String> with(Map<String, String> fields, String name, String value) {
		Map<String, String> copy = new LinkedHashMap<>(fields);
		copy.put(name, value);
		return copy;
	}

	static void assertClean(String page, String html) {
		Document document = Jsoup.parse(html);
		// Our own: scripts served from the jar (src under /js/ or /webjars/), and JSON-LD data blocks,
		// which browsers never run; the payloads inside the data must stay escaped (no "<" at all).
		for (Element script : document.select("script")) {
			boolean ours = script.hasAttr("src") && script.html().isEmpty()
					&& (script.attr("src").startsWith("/js/") || script.attr("src").startsWith("/webjars/"));
			boolean data = !script.hasAttr("src") && script.attr("type").equals("application/ld+json")
					&& !script.html().contains("<");
			assertThat(ours || data).as("script on " + page + ": " + script.outerHtml()).isTrue();
		}
		assertThat(document.select("iframe, object, embed, svg, style, base")).as("active elements on " + page)
			.isEmpty();
		for (Element element : document.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				assertThat(attribute.getKey()).as("event handler on " + page + ": " + element.outerHtml())
					.doesNotStartWith("on");
				assertThat(attribute.getValue().strip().toLowerCase())
					.as("script URL on " + page + ": " + element.outerHtml())
					.doesNotStartWith("javascript:");
			}
		}
		// the raw text, less our own script elements (checked above), holds no payload unescaped
		String rest = html.replaceAll("<script type=\"application/ld\\+json\">[^<]*</script>", "")
			.replaceAll("<script src=\"/(js|webjars)/[^\"<>]*\"( defer)?></script>", "");
		assertThat(rest.toLowerCase()).as(page).doesNotContain("<script", "<img src=x", "<svg", "<iframe");
	}

}
