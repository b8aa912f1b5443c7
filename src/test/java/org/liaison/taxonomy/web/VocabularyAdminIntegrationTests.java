package org.liaison.taxonomy.web;

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
import org.liaison.support.AdminClient;
import org.liaison.support.HtmlChecker;
import org.liaison.support.LiaisonIntegrationTest;
import org.liaison.support.PortalClient;
import org.liaison.taxonomy.TaxonomyService;
import org.liaison.taxonomy.Term;
import org.liaison.taxonomy.Vocabulary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor keeps vocabularies and their terms: create, edit, validation, conflicts, deletion refused
 * while projects, news or meetings are tagged with a term, or while a vocabulary has terms.
 */
@LiaisonIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VocabularyAdminIntegrationTests {

	static final String PASSWORD = "a long enough password";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	TaxonomyService taxonomy;

	@Autowired
	AuditLog audit;

	AdminClient editor;

	@BeforeAll
	void signIn() {
		accounts.create("vocabulary-editor", PASSWORD, Role.EDITOR, false);
		editor = new AdminClient(port);
		editor.signIn("vocabulary-editor", PASSWORD);
	}

	long createVocabulary(String code, String name) {
		HttpResponse<String> response = editor.post("/admin/vocabularies", Map.of("_csrf",
				editor.csrfToken("/admin/vocabularies/new"), "code", code, "position", "9", "name[en]", name));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		return idIn(response, "vocabularies");
	}

	long createTerm(long vocabulary, String slug, String name) {
		String path = "/admin/vocabularies/" + vocabulary + "/terms";
		HttpResponse<String> response = editor.post(path, Map.of("_csrf", editor.csrfToken(path + "/new"), "slug", slug,
				"position", "0", "name[en]", name, "name[hu]", name + " (hu)", "description[en]", "About " + name));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		return idIn(response, "terms");
	}

	static long idIn(HttpResponse<String> response, String section) {
		return Long.parseLong(response.headers().firstValue("Location").orElseThrow()
			.replaceAll(".*/admin/" + section + "/(\\d+)\\?saved", "$1"));
	}

	@Test
	void vocabularyIsCreatedAndEdited() {
		long vocabulary = createVocabulary("test-themes", "Test themes");
		createTerm(vocabulary, "first-test-term", "First test term");
		assertThat(editor.page("/admin/vocabularies/" + vocabulary).select("#terms-heading ~ table").text())
			.contains("First test term", "first-test-term");
		String path = "/admin/vocabularies/" + vocabulary;
		assertThat(editor.submit(path, path, Map.of("name[hu]", "Teszt témák")).statusCode()).isEqualTo(302);
		assertThat(taxonomy.vocabulary("test-themes").orElseThrow().getName().textFor("hu")).isEqualTo("Teszt témák");
		assertThat(audit.search(null, AuditAction.UPDATE, "vocabulary:test-themes", 1).getContent()).hasSize(1);
		assertThat(editor.page("/admin/vocabularies").select("table.data-table").text()).contains("Test themes");
	}

	@Test
	void themeIsCreatedEditedAndDeletedAndThePortalAndSearchFollow() {
		long themes = taxonomy.vocabulary(Vocabulary.THEMES).orElseThrow().getId();
		long term = createTerm(themes, "zephyr-networks", "Zephyr networks");
		PortalClient portal = new PortalClient(port);
		assertThat(portal.get("/en/topics/zephyr-networks").select("h1").text()).isEqualTo("Zephyr networks");

		String path = "/admin/terms/" + term;
		assertThat(editor.submit(path, path, Map.of("name[en]", "Zephyr mesh networks")).statusCode()).isEqualTo(302);
		assertThat(portal.get("/en/topics/zephyr-networks").select("h1").text()).isEqualTo("Zephyr mesh networks");
		assertThat(portal.get("/en/search?q=zephyr").text()).contains("Zephyr mesh networks");
		assertThat(audit.search(null, AuditAction.UPDATE, "term:themes/zephyr-networks", 1).getContent()).hasSize(1);

		assertThat(editor.post(path + "/delete", Map.of("_csrf", editor.csrfToken(path + "/delete"))).statusCode())
			.isEqualTo(302);
		assertThat(portal.fetch("/en/topics/zephyr-networks").statusCode()).isEqualTo(404);
		assertThat(portal.get("/en/search?q=zephyr").text()).doesNotContain("Zephyr mesh networks");
		assertThat(audit.search(null, AuditAction.DELETE, "term:themes/zephyr-networks", 1).getContent()).hasSize(1);
	}

	@Test
	void theKeyOfAVocabularyWithTermsCannotChange() {
		long vocabulary = createVocabulary("fixed-key-test", "Fixed key");
		createTerm(vocabulary, "some-term", "Some term");
		String path = "/admin/vocabularies/" + vocabulary;
		HttpResponse<String> refused = editor.submit(path, path, Map.of("code", "another-key"));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(Jsoup.parse(refused.body()).getElementById("code-error").text()).contains("cannot change");
		assertThat(taxonomy.vocabulary("fixed-key-test")).isPresent();
	}

	@Test
	void invalidTermShowsTheMessageNextToTheFieldAndKeepsTheInput() {
		long vocabulary = createVocabulary("invalid-input-test", "Invalid input");
		String path = "/admin/vocabularies/" + vocabulary + "/terms";
		HttpResponse<String> response = editor.post(path, Map.of("_csrf", editor.csrfToken(path + "/new"), "slug",
				"-bad-", "position", "-3", "name[en]", "", "description[en]", "Description to keep"));
		assertThat(response.statusCode()).isEqualTo(422);
		Document page = Jsoup.parse(response.body());
		assertThat(page.getElementById("slug-error").text()).contains("lower-case letters");
		assertThat(page.getElementById("position-error").text()).isEqualTo("Give a whole number from 0 to 100000.");
		assertThat(page.getElementById("name-error").text()).isEqualTo("Give a name in at least one language.");
		assertThat(page.getElementById("description-en").text()).isEqualTo("Description to keep");
		assertThat(HtmlChecker.errors(response.body())).isEmpty();
		assertThat(taxonomy.terms("invalid-input-test")).isEmpty();
	}

	@Test
	void deletingATaggedTermIsRefusedAndSaysWhatIsTagged() {
		Term tagged = taxonomy.terms(Vocabulary.THEMES).stream()
			.filter(t -> t.getSlug().equals("5g"))
			.findFirst()
			.orElseThrow();
		Document confirm = editor.page("/admin/terms/" + tagged.getId() + "/delete");
		assertThat(confirm.select("[role=alert]").text()).contains("Projects: ");
		HttpResponse<String> refused = editor.post("/admin/terms/" + tagged.getId() + "/delete",
				Map.of("_csrf", editor.csrfToken("/admin/terms/" + tagged.getId())));
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(taxonomy.term(Vocabulary.THEMES, "5g")).isPresent();
		assertThat(HtmlChecker.errors(refused.body())).isEmpty();
	}

	@Test
	void vocabularyIsDeletedOnlyOnceItHasNoTerms() {
		long vocabulary = createVocabulary("short-lived-test", "Short-lived");
		long term = createTerm(vocabulary, "lonely-term", "Lonely term");
		Document refused = editor.page("/admin/vocabularies/" + vocabulary + "/delete");
		assertThat(refused.select("[role=alert]").text()).contains("Terms: 1", "Lonely term");

		assertThat(editor.post("/admin/terms/" + term + "/delete",
				Map.of("_csrf", editor.csrfToken("/admin/terms/" + term + "/delete"))).statusCode()).isEqualTo(302);
		assertThat(taxonomy.term("short-lived-test", "lonely-term")).isEmpty();
		HttpResponse<String> deleted = editor.post("/admin/vocabularies/" + vocabulary + "/delete",
				Map.of("_csrf", editor.csrfToken("/admin/vocabularies/" + vocabulary + "/delete")));
		assertThat(deleted.headers().firstValue("Location").orElseThrow()).endsWith("/admin/vocabularies?deleted");
		assertThat(taxonomy.vocabulary("short-lived-test")).isEmpty();
		assertThat(audit.search(null, AuditAction.DELETE, "vocabulary:short-lived-test", 1).getContent()).hasSize(1);
	}

	@Test
	void theSecondOfTwoConcurrentEditsOfATermGetsAConflict() {
		long vocabulary = createVocabulary("conflict-test", "Conflicts");
		long term = createTerm(vocabulary, "contested-term", "Contested");
		String path = "/admin/terms/" + term;
		Document first = editor.page(path);
		Document second = editor.page(path);
		assertThat(editor.post(path, formOf(first, Map.of("name[en]", "First Save"))).statusCode()).isEqualTo(302);
		HttpResponse<String> conflict = editor.post(path, formOf(second, Map.of("name[en]", "Second Save")));
		assertThat(conflict.statusCode()).isEqualTo(409);
		Document page = Jsoup.parse(conflict.body());
		assertThat(page.select("[role=alert]").text()).contains("Someone else saved this item meanwhile", "First Save");
		assertThat(page.select("[role=alert] tr.changed td").eachText()).containsExactly("First Save", "Second Save");
		assertThat(page.getElementById("name-en").val()).isEqualTo("Second Save");
		assertThat(taxonomy.term("conflict-test", "contested-term").orElseThrow().getName().textFor("en"))
			.isEqualTo("First Save");
	}

	@Test
	void theSecondOfTwoConcurrentEditsOfAVocabularyListsTheNameThatDiffers() {
		long vocabulary = createVocabulary("vocabulary-conflict-test", "Contested vocabulary");
		String path = "/admin/vocabularies/" + vocabulary;
		Document first = editor.page(path);
		Document second = editor.page(path);
		assertThat(editor.post(path, formOf(first, Map.of("name[en]", "First Save"))).statusCode()).isEqualTo(302);
		HttpResponse<String> conflict = editor.post(path, formOf(second, Map.of("name[en]", "Second Save")));
		assertThat(conflict.statusCode()).isEqualTo(409);
		Document page = Jsoup.parse(conflict.body());
		// the differing field is named by its label and language, then both values
		assertThat(page.select("[role=alert] tr.changed th").eachText()).singleElement().asString().endsWith("(en)")
			.doesNotContain("admin.");
		assertThat(page.select("[role=alert] tr.changed td").eachText()).containsExactly("First Save", "Second Save");
	}

	@Test
	void everyVocabularyPageIsValidHtml() {
		Vocabulary goals = taxonomy.vocabulary(Vocabulary.POLICY_GOALS).orElseThrow();
		Term goal = taxonomy.terms(Vocabulary.POLICY_GOALS).get(0);
		for (String path : List.of("/admin/vocabularies", "/admin/vocabularies/new",
				"/admin/vocabularies/" + goals.getId() + "?source=en", "/admin/vocabularies/" + goals.getId() + "/terms/new",
				"/admin/terms/" + goal.getId() + "?source=en", "/admin/vocabularies/" + goals.getId() + "/delete")) {
			assertThat(HtmlChecker.errors(editor.get(path).body())).as(path).isEmpty();
		}
	}

	static Map<String, String> formOf(Document page, Map<String, String> values) {
		Map<String, String> fields = new HashMap<>();
		for (var input : page.select("form.admin-form").first().select("input[name], textarea[name]")) {
			fields.put(input.attr("name"), input.tagName().equals("textarea") ? input.wholeText() : input.val());
		}
		fields.putAll(values);
		return fields;
	}

}
