package org.liaison.content.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.liaison.common.LocalizedText;
import org.liaison.content.NewsEditor;
import org.liaison.content.NewsItem;
import org.liaison.security.AccountService;
import org.liaison.security.Role;
import org.liaison.support.AdminClient;
import org.liaison.support.Chromium;
import org.liaison.support.HtmlChecker;
import org.liaison.support.LiaisonIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The related-content picker: in a browser, an editor types, picks two items from the matches htmx
 * fetches, reorders them, saves, and the public page lists them in that order; without JavaScript the
 * same steps work as plain form submissions. The form with an image and the picker is photographed.
 */
@LiaisonIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewsRelatedPickerBrowserTests {

	static final String PASSWORD = "a long enough password";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	NewsEditor editor;

	Chromium chromium;

	@BeforeAll
	void launch() {
		chromium = Chromium.launch();
		accounts.create("picker-editor", PASSWORD, Role.EDITOR, false);
	}

	@AfterAll
	void quit() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void anEditorPicksReordersAndSavesWithJavaScript() {
		NewsItem item = draft("heron-picker-js", "Heron picker with JavaScript");
		Page page = chromium.signIn("http://localhost:" + port, "picker-editor", PASSWORD);
		page.navigate("http://localhost:" + port + "/admin/news/" + item.getId());
		Locator search = page.locator("#related-q");

		search.pressSequentially("wazi");
		page.locator("#related-results button[value='add:project:wazihub']").click();
		page.waitForURL("**/related");
		search = page.locator("#related-q");
		search.pressSequentially("fanf");
		page.locator("#related-results button[value='add:project:fanfar']").click();
		page.waitForCondition(() -> values(page).size() == 2);
		assertThat(values(page)).containsExactly("project:wazihub", "project:fanfar");

		page.locator(".related-list li").nth(1).getByRole(AriaRole.BUTTON,
				new Locator.GetByRoleOptions().setName("Up").setExact(false)).click();
		page.waitForCondition(() -> values(page).get(0).equals("project:fanfar"));
		// a search that htmx answers after the reorder, then the save
		page.locator("#related-q").pressSequentially("isoo");
		page.locator("#related-results button").first().waitFor();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save related content")).click();
		page.waitForURL("**/admin/news/" + item.getId() + "?related*");

		assertThat(editor.relatedTo(item.getId())).extracting(Object::toString)
			.containsExactly("project:fanfar", "project:wazihub");
		assertThat(values(page)).containsExactly("project:fanfar", "project:wazihub");
		page.context().close();
	}

	@Test
	void thePickerWorksWithoutJavaScript() {
		NewsItem item = draft("heron-picker-item", "Heron picker item");
		AdminClient client = new AdminClient(port);
		client.signIn("picker-editor", PASSWORD);
		String edit = "/admin/news/" + item.getId();
		String related = edit + "/related";

		Document found = page(client, related, List.of(), Map.of("op", "search", "q", "wazihub"));
		assertThat(found.select("#related-results button").eachAttr("value")).contains("add:project:wazihub");
		assertThat(HtmlChecker.errors(found.outerHtml())).isEmpty();
		Document one = page(client, related, List.of(), Map.of("op", "add:project:wazihub"));
		Document two = page(client, related, targets(one), Map.of("op", "add:project:fanfar"));
		assertThat(targets(two)).containsExactly("project:wazihub", "project:fanfar");
		assertThat(two.select(".related-picker .alert").text()).contains("not saved yet");
		Document swapped = page(client, related, targets(two), Map.of("op", "down:0"));
		assertThat(targets(swapped)).containsExactly("project:fanfar", "project:wazihub");
		Document removed = page(client, related, targets(swapped), Map.of("op", "remove:1"));
		assertThat(targets(removed)).containsExactly("project:fanfar");
		assertThat(editor.relatedTo(item.getId())).isEmpty();

		Map<String, String> save = new LinkedHashMap<>();
		save.put("op", "save");
		assertThat(post(client, related, targets(removed), save).statusCode()).isEqualTo(302);
		assertThat(editor.relatedTo(item.getId())).extracting(Object::toString).containsExactly("project:fanfar");
		// linking an item that does not exist is refused, and nothing changes
		assertThat(post(client, related, List.of("project:no-such-project"), save).statusCode()).isEqualTo(422);
		assertThat(editor.relatedTo(item.getId())).extracting(Object::toString).containsExactly("project:fanfar");
	}

	private NewsItem draft(String slug, String title) {
		return editor.create(new NewsEditor.Draft(slug, LocalizedText.of("en", title), LocalizedText.empty(),
				LocalizedText.of("en", "Body of " + title), LocalDate.of(2001, 3, 1)));
	}

	private static List<String> values(Page page) {
		return page.locator(".related-list input[name=target]").all().stream().map(l -> l.getAttribute("value")).toList();
	}

	private static List<String> targets(Document page) {
		return page.select(".related-list input[name=target]").eachAttr("value");
	}

	private Document page(AdminClient client, String action, List<String> targets, Map<String, String> fields) {
		java.net.http.HttpResponse<String> response = post(client, action, targets, fields);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return org.jsoup.Jsoup.parse(response.body());
	}

	private java.net.http.HttpResponse<String> post(AdminClient client, String action, List<String> targets,
			Map<String, String> fields) {
		String edit = action.substring(0, action.lastIndexOf('/'));
		String token = client.csrfToken(edit);
		StringBuilder body = new StringBuilder();
		java.util.function.BiConsumer<String, String> add = (name, value) -> body.append(body.isEmpty() ? "" : "&")
			.append(java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))
			.append('=')
			.append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
		add.accept("_csrf", token);
		targets.forEach(t -> add.accept("target", t));
		fields.forEach(add);
		return client.postRaw(action, body.toString());
	}

}
