package org.liaison.geography.web;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.liaison.geography.GeographyService;
import org.liaison.geography.Region;
import org.liaison.security.AccountService;
import org.liaison.security.AuditAction;
import org.liaison.security.AuditLog;
import org.liaison.security.Role;
import org.liaison.support.AdminClient;
import org.liaison.support.HtmlChecker;
import org.liaison.support.LiaisonIntegrationTest;
import org.liaison.support.PortalClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** An officer keeps the policy regions: create with member countries, edit, validation, conflicts, deletion. */
@LiaisonIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegionAdminIntegrationTests {

	static final String PASSWORD = "a long enough password";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	GeographyService geography;

	@Autowired
	AuditLog audit;

	AdminClient officer;

	@BeforeAll
	void signIn() {
		accounts.create("region-officer", PASSWORD, Role.OFFICER, false);
		officer = new AdminClient(port);
		officer.signIn("region-officer", PASSWORD);
	}

	long create(String code, String name) {
		Map<String, String> fields = new HashMap<>();
		fields.put("_csrf", officer.csrfToken("/admin/regions/new"));
		fields.put("code", code);
		fields.put("position", "50");
		fields.put("name[en]", name);
		fields.put("name[hu]", name + " (hu)");
		fields.put("description[en]", "Countries around the *Quaggaline* lakes.");
		fields.put("countries", "KE");
		HttpResponse<String> response = officer.post("/admin/regions", fields);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		return Long.parseLong(response.headers().firstValue("Location").orElseThrow()
			.replaceAll(".*/admin/regions/(\\d+)\\?saved", "$1"));
	}

	@Test
	void createdRegionIsOnThePortalWithItsCountriesAndInSearch() {
		long id = create("great-lakes-test", "Great Lakes Test Region");
		assertThat(officer.page("/admin/regions/" + id).select("input[name=countries][checked]").eachAttr("value"))
			.containsExactly("KE");
		PortalClient portal = new PortalClient(port);
		Document page = portal.get("/en/regions/great-lakes-test");
		assertThat(page.select("h1").text()).isEqualTo("Great Lakes Test Region");
		assertThat(page.text()).contains("Kenya");
		assertThat(portal.get("/en/search?q=quaggaline").text()).contains("Great Lakes Test Region");
		assertThat(audit.search(null, AuditAction.CREATE, "region:great-lakes-test", 1).getContent()).hasSize(1);
	}

	@Test
	void editedRegionShowsTheChangeOnThePortal() {
		long id = create("renamed-test-region", "Region Before");
		String path = "/admin/regions/" + id;
		Map<String, String> fields = formOf(officer.page(path), Map.of("name[en]", "Region After Renaming"));
		fields.put("countries", "UG");
		assertThat(officer.post(path, fields).statusCode()).isEqualTo(302);
		Document page = new PortalClient(port).get("/en/regions/renamed-test-region");
		assertThat(page.select("h1").text()).isEqualTo("Region After Renaming");
		assertThat(page.text()).contains("Uganda");
		assertThat(geography.region("renamed-test-region").orElseThrow().getCountries())
			.extracting(org.liaison.geography.Country::getCode)
			.containsExactly("UG");
		assertThat(audit.search(null, AuditAction.UPDATE, "region:renamed-test-region", 1).getContent()).hasSize(1);
	}

	@Test
	void invalidInputShowsTheMessageNextToTheFieldKeepsTheInputAndSavesNothing() {
		Map<String, String> fields = new HashMap<>();
		fields.put("_csrf", officer.csrfToken("/admin/regions/new"));
		fields.put("code", "Bad Code");
		fields.put("position", "many");
		fields.put("summary[en]", "A summary to keep");
		fields.put("countries", "KE");
		HttpResponse<String> response = officer.post("/admin/regions", fields);
		assertThat(response.statusCode()).isEqualTo(422);
		Document page = Jsoup.parse(response.body());
		assertThat(page.getElementById("code-error").text()).contains("lower-case letters");
		assertThat(page.getElementById("position-error").text()).isEqualTo("This value is not valid.");
		assertThat(page.getElementById("name-error").text()).isEqualTo("Give a name in at least one language.");
		assertThat(page.getElementById("summary-en").text()).isEqualTo("A summary to keep");
		assertThat(page.getElementById("country-KE").hasAttr("checked")).isTrue();
		assertThat(HtmlChecker.errors(response.body())).isEmpty();
	}

	@Test
	void deleteIsRefusedWhilePartnersArePlacedInTheRegionAndSaysWhich() {
		Region africa = geography.region("africa").orElseThrow();
		Document confirm = officer.page("/admin/regions/" + africa.getId() + "/delete");
		assertThat(confirm.select("[role=alert]").text()).contains("Partners: ", "African Union");
		HttpResponse<String> refused = officer.post("/admin/regions/" + africa.getId() + "/delete",
				Map.of("_csrf", officer.csrfToken("/admin/regions/" + africa.getId())));
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(geography.region("africa")).isPresent();
	}

	@Test
	void freeRegionIsDeleted() {
		long id = create("short-lived-region", "Short-lived Region");
		HttpResponse<String> deleted = officer.post("/admin/regions/" + id + "/delete",
				Map.of("_csrf", officer.csrfToken("/admin/regions/" + id + "/delete")));
		assertThat(deleted.headers().firstValue("Location").orElseThrow()).endsWith("/admin/regions?deleted");
		assertThat(geography.region("short-lived-region")).isEmpty();
		assertThat(new PortalClient(port).fetch("/en/regions/short-lived-region").statusCode()).isEqualTo(404);
	}

	@Test
	void theSecondOfTwoConcurrentEditsGetsAConflict() {
		long id = create("contested-region", "Contested Region");
		String path = "/admin/regions/" + id;
		Document first = officer.page(path);
		Document second = officer.page(path);
		assertThat(officer.post(path, formOf(first, Map.of("name[en]", "First Save"))).statusCode()).isEqualTo(302);
		HttpResponse<String> conflict = officer.post(path, formOf(second, Map.of("name[en]", "Second Save")));
		assertThat(conflict.statusCode()).isEqualTo(409);
		Document page = Jsoup.parse(conflict.body());
		assertThat(page.select("[role=alert]").text()).contains("Someone else saved this item meanwhile", "First Save");
		assertThat(page.getElementById("name-en").val()).isEqualTo("Second Save");
		assertThat(geography.region("contested-region").orElseThrow().getName().textFor("en")).isEqualTo("First Save");
	}

	@Test
	void everyRegionPageIsValidHtml() {
		long id = geography.region("africa").orElseThrow().getId();
		for (String path : List.of("/admin/regions", "/admin/regions?q=afr", "/admin/regions/new",
				"/admin/regions/" + id + "?source=en", "/admin/regions/" + id + "/delete")) {
			assertThat(HtmlChecker.errors(officer.get(path).body())).as(path).isEmpty();
		}
	}

	static Map<String, String> formOf(Document page, Map<String, String> values) {
		Map<String, String> fields = new HashMap<>();
		var form = page.select("form.admin-form").first();
		for (var input : form.select("input[name], textarea[name]")) {
			if (input.attr("type").equals("checkbox")) {
				if (input.hasAttr("checked")) {
					fields.put(input.attr("name"), input.val());
				}
			}
			else {
				fields.put(input.attr("name"), input.tagName().equals("textarea") ? input.wholeText() : input.val());
			}
		}
		fields.putAll(values);
		return fields;
	}

}
