package org.liaison.partner.web;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.liaison.common.PublicationStatus;
import org.liaison.partner.Partner;
import org.liaison.partner.PartnerService;
import org.liaison.security.AccountService;
import org.liaison.security.AuditAction;
import org.liaison.security.AuditEvent;
import org.liaison.security.AuditLog;
import org.liaison.security.Role;
import org.liaison.support.AdminClient;
import org.liaison.support.HtmlChecker;
import org.liaison.support.LiaisonIntegrationTest;
import org.liaison.support.PortalClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer keeps partners and their agreements in the back office, through the forms as a browser
 * without JavaScript sends them: create, edit, validation, conflicts, deletion refused while other
 * items depend on a partner, and the portal and search showing each change at once.
 */
@LiaisonIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerAdminIntegrationTests {

	static final String PASSWORD = "a long enough password";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	PartnerService partners;

	@Autowired
	AuditLog audit;

	AdminClient officer;

	@BeforeAll
	void signIn() {
		accounts.create("partner-officer", PASSWORD, Role.OFFICER, false);
		officer = new AdminClient(port);
		officer.signIn("partner-officer", PASSWORD);
	}

	Map<String, String> organisation(String slug, String englishName) {
		Map<String, String> fields = new HashMap<>();
		fields.put("_csrf", officer.csrfToken("/admin/partners/new"));
		fields.put("slug", slug);
		fields.put("kind", "ORGANISATION");
		fields.put("name[en]", englishName);
		fields.put("name[hu]", englishName + " (hu)");
		fields.put("summary[en]", "A regional body for digital cooperation.");
		fields.put("description[en]", "It works on **zorbulated** connectivity across the region.");
		fields.put("regions", "africa");
		fields.put("website", "https://example.org/");
		return fields;
	}

	long create(String slug, String name) {
		HttpResponse<String> response = officer.post("/admin/partners", organisation(slug, name));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		String location = response.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches(".*/admin/partners/\\d+\\?saved");
		long id = Long.parseLong(location.replaceAll(".*/admin/partners/(\\d+)\\?saved", "$1"));
		// a new partner's profile is a draft: these tests publish it, as an editor would
		String edit = "/admin/partners/" + id;
		for (String target : new String[] { "IN_REVIEW", "PUBLISHED" }) {
			assertThat(officer.submit(edit, edit + "/status", Map.of("target", target)).statusCode()).isEqualTo(302);
		}
		return id;
	}

	@Test
	void createdPartnerIsOnThePortalInTheRegionAndInSearch() {
		long id = create("digital-alliance-of-tests", "Digital Alliance of Tests");
		Document form = officer.page("/admin/partners/" + id + "?saved");
		assertThat(form.select("[role=status]").text()).contains("Saved");
		assertThat(form.getElementById("name-hu").val()).isEqualTo("Digital Alliance of Tests (hu)");

		PortalClient portal = new PortalClient(port);
		Document page = portal.get("/en/partners/digital-alliance-of-tests");
		assertThat(page.select("h1").text()).contains("Digital Alliance of Tests");
		assertThat(page.select(".prose strong").text()).isEqualTo("zorbulated");
		assertThat(portal.get("/en/regions/africa").text()).contains("Digital Alliance of Tests");
		assertThat(portal.get("/en/search?q=zorbulated").text()).contains("Digital Alliance of Tests");
		assertThat(events(AuditAction.CREATE, "partner:digital-alliance-of-tests")).hasSize(1);
	}

	@Test
	void editedPartnerShowsTheChangeOnThePortalAndInSearch() {
		long id = create("edited-partner-of-tests", "Partner Before Editing");
		HttpResponse<String> saved = officer.post("/admin/partners/" + id, formOf(officer.page("/admin/partners/" + id),
				Map.of("name[en]", "Partner After Quillfeathering", "strategic", "true")));
		assertThat(saved.statusCode()).isEqualTo(302);
		PortalClient portal = new PortalClient(port);
		Document page = portal.get("/en/partners/edited-partner-of-tests");
		assertThat(page.select("h1").text()).contains("Partner After Quillfeathering").contains("Strategic");
		assertThat(portal.get("/en/search?q=quillfeathering").text()).contains("Partner After Quillfeathering");
		assertThat(events(AuditAction.UPDATE, "partner:edited-partner-of-tests")).hasSize(1);
		assertThat(partners.partner("edited-partner-of-tests").orElseThrow().getRegions()).hasSize(1);
	}

	@Test
	void invalidInputShowsTheMessageNextToTheFieldKeepsTheInputAndSavesNothing() {
		Map<String, String> fields = organisation("Not a Slug!", "");
		fields.put("name[en]", "");
		fields.put("name[hu]", "");
		fields.put("summary[en]", "Kept summary text");
		fields.put("website", "not a web address");
		HttpResponse<String> response = officer.post("/admin/partners", fields);
		assertThat(response.statusCode()).isEqualTo(422);
		Document page = Jsoup.parse(response.body());
		assertThat(page.getElementById("slug-error").text()).contains("lower-case letters");
		assertThat(page.getElementById("slug").val()).isEqualTo("Not a Slug!");
		assertThat(page.getElementById("slug").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.getElementById("name-error").text()).isEqualTo("Give a name in at least one language.");
		assertThat(page.getElementById("website-error").text()).contains("http");
		assertThat(page.getElementById("summary-en").text()).isEqualTo("Kept summary text");
		assertThat(page.select("input[name=regions][value=africa]").attr("checked")).isNotNull();
		assertThat(HtmlChecker.errors(response.body())).isEmpty();
		assertThat(events(AuditAction.CREATE, "partner:not")).isEmpty();
	}

	@Test
	void aSecondCountryPartnerForTheSameCountryIsRefusedAtTheCountryField() {
		Map<String, String> fields = organisation("australia-again", "Australia again");
		fields.put("kind", "COUNTRY");
		fields.put("countryCode", "AU");
		HttpResponse<String> response = officer.post("/admin/partners", fields);
		assertThat(response.statusCode()).isEqualTo(422);
		Document page = Jsoup.parse(response.body());
		assertThat(page.getElementById("countryCode-error").text()).isEqualTo("This country is a partner already.");
		assertThat(partners.partner("australia-again")).isEmpty();
	}

	@Test
	void deleteIsRefusedWhileDialoguesAndNewsDependOnThePartnerAndSaysWhich() {
		Partner australia = partners.partner("australia").orElseThrow();
		Document confirm = officer.page("/admin/partners/" + australia.getId() + "/delete");
		assertThat(confirm.select("[role=alert]").text()).contains("Dialogues: 1", "EU–Australia Digital Dialogue",
				"News items");
		assertThat(confirm.select("form[action$=/delete]")).isEmpty();
		HttpResponse<String> refused = officer.post("/admin/partners/" + australia.getId() + "/delete",
				Map.of("_csrf", officer.csrfToken("/admin/partners/" + australia.getId())));
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("EU–Australia Digital Dialogue");
		assertThat(partners.partner("australia")).isPresent();
		assertThat(HtmlChecker.errors(officer.get("/admin/partners/" + australia.getId() + "/delete").body())).isEmpty();
	}

	@Test
	void freePartnerIsDeletedAndLeavesThePortal() {
		long id = create("short-lived-partner", "Short-lived Partner");
		Document confirm = officer.page("/admin/partners/" + id + "/delete");
		assertThat(confirm.select("button.danger").text()).isEqualTo("Delete");
		HttpResponse<String> deleted = officer.post("/admin/partners/" + id + "/delete",
				Map.of("_csrf", confirm.selectFirst("input[name=_csrf]").val()));
		assertThat(deleted.headers().firstValue("Location").orElseThrow()).endsWith("/admin/partners?deleted");
		assertThat(new PortalClient(port).fetch("/en/partners/short-lived-partner").statusCode()).isEqualTo(404);
		assertThat(events(AuditAction.DELETE, "partner:short-lived-partner")).hasSize(1);
	}

	@Test
	void historyListsEachChangeAndRestoresAnEarlierRevision() {
		long id = create("historied-partner", "Historied Partner");
		String path = "/admin/partners/" + id;
		assertThat(officer.post(path, formOf(officer.page(path), Map.of("name[en]", "Historied Partner, renamed",
				"website", "https://historied.example.org"))).statusCode()).isEqualTo(302);

		Document history = officer.page(path + "/history");
		assertThat(HtmlChecker.errors(officer.get(path + "/history").body())).isEmpty();
		assertThat(history.select("table.history tbody tr")).hasSize(4);
		// latest first: the rename, with the fields it changed; the two steps to publication; the creation
		assertThat(history.select("table.history tbody tr").get(0).select(".changed-field").eachText())
			.containsExactly("Name", "Website");
		assertThat(history.select("table.history tbody tr").get(1).text()).contains("Status → Published");
		assertThat(history.select("table.history tbody tr").get(2).text()).contains("Status → In review");
		assertThat(history.select("table.history tbody tr").get(3).text()).contains("Created");

		long first = Long.parseLong(history.select("table.history tbody tr").get(3).selectFirst("td").text().substring(1));
		HttpResponse<String> restored = officer.post(path + "/history/" + first + "/restore",
				Map.of("_csrf", history.selectFirst("input[name=_csrf]").val()));
		assertThat(restored.statusCode()).isEqualTo(302);
		assertThat(restored.headers().firstValue("Location").orElseThrow()).endsWith(path + "?restored");
		Partner partner = partners.partner("historied-partner").orElseThrow();
		assertThat(partner.getName().textFor("en")).isEqualTo("Historied Partner");
		assertThat(partner.getWebsite()).isEqualTo("https://example.org/");
		assertThat(events(AuditAction.RESTORE, "partner:historied-partner")).hasSize(1);
		assertThat(officer.page(path + "/history").select("table.history tbody tr")).hasSize(5);
		assertThat(partner.getPublicationStatus()).as("a restore keeps the profile's status").isEqualTo(PublicationStatus.PUBLISHED);
		assertThat(officer.post(path + "/history/999999/restore",
				Map.of("_csrf", history.selectFirst("input[name=_csrf]").val())).statusCode()).isEqualTo(404);
	}

	@Test
	void theSecondOfTwoConcurrentEditsGetsAConflictAndLosesNothing() {
		long id = create("contested-partner", "Contested Partner");
		String path = "/admin/partners/" + id;
		Document first = officer.page(path);
		Document second = officer.page(path);
		assertThat(officer.post(path, formOf(first, Map.of("name[en]", "Name From The First Save"))).statusCode())
			.isEqualTo(302);
		HttpResponse<String> conflict = officer.post(path, formOf(second, Map.of("name[en]", "Name From The Second")));
		assertThat(conflict.statusCode()).isEqualTo(409);
		Document page = Jsoup.parse(conflict.body());
		assertThat(page.select("[role=alert] h2").text()).isEqualTo("Someone else saved this item meanwhile");
		assertThat(page.select("[role=alert] tr.changed td").eachText())
			.containsExactly("Name From The First Save", "Name From The Second");
		assertThat(page.getElementById("name-en").val()).isEqualTo("Name From The Second");
		assertThat(partners.partner("contested-partner").orElseThrow().getName().textFor("en"))
			.isEqualTo("Name From The First Save");
		assertThat(HtmlChecker.errors(conflict.body())).isEmpty();
		// saving again, knowingly, now succeeds
		assertThat(officer.post(path, formOf(page, Map.of())).statusCode()).isEqualTo(302);
		assertThat(partners.partner("contested-partner").orElseThrow().getName().textFor("en"))
			.isEqualTo("Name From The Second");
	}

	@Test
	void agreementsAreAddedEditedAndDeletedWithinThePartner() {
		long id = create("partner-with-agreement", "Partner With Agreement");
		String add = "/admin/partners/" + id + "/agreements";
		Map<String, String> fields = new HashMap<>();
		fields.put("_csrf", officer.csrfToken(add + "/new"));
		fields.put("slug", "test-digital-partnership");
		fields.put("kind", "digital partnership");
		fields.put("signedOn", "2099-05-01");
		fields.put("title[en]", "Test Digital Partnership");
		fields.put("summary[en]", "Signed in a test.");
		fields.put("url", "https://example.org/partnership");
		HttpResponse<String> created = officer.post(add, fields);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String agreement = created.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "")
			.replace("?saved", "");
		assertThat(officer.page("/admin/partners/" + id).select("#agreements-heading + table").text())
			.contains("Test Digital Partnership");
		assertThat(new PortalClient(port).get("/en/partners/partner-with-agreement").text())
			.contains("Test Digital Partnership");

		HttpResponse<String> invalid = officer.submit(agreement, agreement, Map.of("signedOn", "not a date", "title[en]", ""));
		assertThat(invalid.statusCode()).isEqualTo(422);
		Document page = Jsoup.parse(invalid.body());
		assertThat(page.getElementById("signedOn-error").text()).isEqualTo("This value is not valid.");
		assertThat(page.getElementById("title-error").text()).isEqualTo("Give a title in at least one language.");
		assertThat(page.getElementById("summary-en").text()).isEqualTo("Signed in a test.");

		assertThat(officer.submit(agreement, agreement, Map.of("title[hu]", "Teszt digitális partnerség")).statusCode())
			.isEqualTo(302);
		assertThat(new PortalClient(port).get("/hu/partners/partner-with-agreement").text())
			.contains("Teszt digitális partnerség");

		Document refused = officer.page("/admin/partners/" + id + "/delete");
		assertThat(refused.select("[role=alert]").text()).contains("Agreements: 1", "Test Digital Partnership");

		HttpResponse<String> deleted = officer.post(agreement + "/delete",
				Map.of("_csrf", officer.csrfToken(agreement + "/delete")));
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(officer.page("/admin/partners/" + id).select("#agreements-heading ~ p.muted").text())
			.isEqualTo("No agreements recorded yet.");
		assertThat(events(AuditAction.DELETE, "agreement:test-digital-partnership")).hasSize(1);
	}

	@Test
	void listFiltersSortsAndPagesInTheDatabase() {
		Document strategic = officer.page("/admin/partners?kind=COUNTRY&region=asia-pacific&sort=strategic_first");
		List<String> names = strategic.select("table.data-table tbody td:first-child").eachText();
		assertThat(names).contains("Australia", "Japan").doesNotContain("Kenya", "African Union");
		Document byName = officer.page("/admin/partners?q=union");
		assertThat(byName.select("table.data-table tbody td:first-child").eachText()).contains("African Union");
		assertThat(officer.get("/admin/partners?page=999").statusCode()).isEqualTo(404);
	}

	@Test
	void everyPartnerPageIsValidHtml() {
		long id = partners.partner("australia").orElseThrow().getId();
		for (String path : List.of("/admin/partners", "/admin/partners?kind=ORGANISATION&sort=name",
				"/admin/partners/new", "/admin/partners/" + id, "/admin/partners/" + id + "?source=en",
				"/admin/partners/" + id + "/agreements/new?source=en")) {
			assertThat(HtmlChecker.errors(officer.get(path).body())).as(path).isEmpty();
		}
	}

	Map<String, String> formOf(Document page, Map<String, String> values) {
		Map<String, String> fields = new HashMap<>();
		var form = page.select("form.admin-form").first();
		for (var input : form.select("input[name], textarea[name], select[name]")) {
			if (input.attr("type").equals("checkbox")) {
				if (input.hasAttr("checked")) {
					fields.put(input.attr("name"), input.val());
				}
			}
			else if (input.tagName().equals("select")) {
				var selected = input.selectFirst("option[selected]");
				fields.put(input.attr("name"), selected == null ? input.selectFirst("option").val() : selected.val());
			}
			else {
				fields.put(input.attr("name"), input.tagName().equals("textarea") ? input.wholeText() : input.val());
			}
		}
		fields.putAll(values);
		return fields;
	}

	List<AuditEvent> events(AuditAction action, String target) {
		return audit.search(null, action, target, 1).getContent();
	}

}
