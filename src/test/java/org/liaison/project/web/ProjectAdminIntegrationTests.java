package org.liaison.project.web;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Programmes, projects with their participations, and organisations in the back office, as an
 * officer uses them: create, edit, validation with the input kept, the conflict of two saves,
 * deletes refused while something depends on the item (naming it) and allowed once it is free.
 * Every page it visits is valid HTML.
 */
@LiaisonIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectAdminIntegrationTests {

	static final String PASSWORD = "a long enough password";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	AdminClient officer;

	@BeforeAll
	void signIn() {
		if (accounts.byUsername("officer-olga").isEmpty()) {
			accounts.create("officer-olga", PASSWORD, Role.OFFICER, false);
		}
		officer = new AdminClient(port);
		officer.signIn("officer-olga", PASSWORD);
	}

	static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "")
			.replaceAll("\\?.*", "");
	}

	Document valid(String path) {
		HttpResponse<String> response = officer.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		assertThat(HtmlChecker.errors(response.body())).as("HTML errors in " + path).isEmpty();
		return Jsoup.parse(response.body());
	}

	/**
	 * Submits the form to {@code action} on {@code page} as a browser would: checked boxes only, each
	 * select's chosen option, with these values over them.
	 */
	HttpResponse<String> send(String page, String action, Map<String, String> values) {
		Document document = officer.page(page);
		org.jsoup.nodes.Element form = document.select("form").stream()
			.filter(f -> f.attr("action").equals(action))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No form to " + action + " on " + page));
		List<Map.Entry<String, String>> fields = new java.util.ArrayList<>();
		for (org.jsoup.nodes.Element input : form.select("input[name], textarea[name], select[name]")) {
			String name = input.attr("name");
			if (values.containsKey(name)) {
				continue;
			}
			if (input.tagName().equals("select")) {
				org.jsoup.nodes.Element chosen = input.selectFirst("option[selected]");
				fields.add(Map.entry(name, chosen != null ? chosen.val() : input.select("option").first().val()));
			}
			else if (input.attr("type").equals("checkbox")) {
				if (input.hasAttr("checked")) {
					fields.add(Map.entry(name, input.val()));
				}
			}
			else {
				fields.add(Map.entry(name, input.tagName().equals("textarea") ? input.wholeText() : input.val()));
			}
		}
		values.forEach((name, value) -> fields.add(Map.entry(name, value)));
		return officer.post(action, fields);
	}

	/** Posts a delete whose confirmation page offers no button (something depends on the item): refused. */
	HttpResponse<String> refusedDelete(String path) {
		Document confirm = valid(path);
		assertThat(confirm.select("main form")).isEmpty();
		HttpResponse<String> response = officer.post(path, Map.of("_csrf", officer.csrfToken(path)));
		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(HtmlChecker.errors(response.body())).isEmpty();
		return response;
	}

	static Document html(HttpResponse<String> response) {
		return Jsoup.parse(response.body());
	}

	Map<String, String> programme(String slug) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("slug", slug);
		fields.put("name[en]", "Digital Europe test programme");
		fields.put("name[hu]", "Digitális Európa tesztprogram");
		fields.put("description[en]", "A programme made by a test.");
		fields.put("startYear", "2021");
		fields.put("endYear", "2027");
		return fields;
	}

	@Test
	void programmeIsCreatedEditedAndDeletedOnceNoProjectBelongsToIt() {
		valid("/admin/programmes");
		valid("/admin/programmes/new");
		Map<String, String> bad = programme("Not A Slug");
		bad.put("endYear", "2001");
		HttpResponse<String> refused = send("/admin/programmes/new", "/admin/programmes", bad);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(html(refused).select("#slug-error").text()).contains("lower-case letters");
		assertThat(html(refused).select("#endYear-error").text()).contains("end is before the start");
		assertThat(html(refused).select("#name-en").val()).isEqualTo("Digital Europe test programme");
		assertThat(HtmlChecker.errors(refused.body())).isEmpty();

		HttpResponse<String> created = send("/admin/programmes/new", "/admin/programmes",
				programme("digital-europe-test"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String edit = location(created);
		Document form = valid(edit);
		assertThat(form.select("#name-hu").val()).isEqualTo("Digitális Európa tesztprogram");
		String staleVersion = form.select("input[name=version]").val();

		Map<String, String> renamed = programme("digital-europe-test");
		renamed.put("name[en]", "Digital Europe (renamed)");
		assertThat(send(edit, edit, renamed).statusCode()).isEqualTo(302);
		assertThat(valid(edit).select("#name-en").val()).isEqualTo("Digital Europe (renamed)");

		// a save based on the version before the rename gets the conflict: both versions, nothing lost
		Map<String, String> late = programme("digital-europe-test");
		late.put("version", staleVersion);
		late.put("name[en]", "Digital Europe (late edit)");
		late.put("_csrf", officer.csrfToken(edit));
		HttpResponse<String> conflict = officer.post(edit, late);
		assertThat(conflict.statusCode()).isEqualTo(409);
		Document conflictPage = html(conflict);
		assertThat(conflictPage.select("table.conflict").text()).contains("Digital Europe (renamed)",
				"Digital Europe (late edit)");
		assertThat(conflictPage.select("#name-en").val()).isEqualTo("Digital Europe (late edit)");
		assertThat(HtmlChecker.errors(conflict.body())).isEmpty();
		assertThat(valid(edit).select("#name-en").val()).isEqualTo("Digital Europe (renamed)");

		// a budget line, then the programme with a project: its delete is refused, naming the project
		assertThat(send(edit, edit + "/budget-lines", Map.of("title", "International cooperation", "year",
				"2024", "amount", "13600000", "currency", "EUR")).statusCode()).isEqualTo(302);
		assertThat(valid(edit).select("#budget-lines").text()).contains("International cooperation", "2024");
		HttpResponse<String> project = send("/admin/projects/new", "/admin/projects",
				Map.of("slug", "programme-delete-probe", "acronym", "PROBE", "title[en]", "Probe project", "programme",
						"digital-europe-test"));
		assertThat(project.statusCode()).as(project.body()).isEqualTo(302);
		valid(edit + "/delete");
		HttpResponse<String> inUse = refusedDelete(edit + "/delete");
		assertThat(html(inUse).select(".alert-error").text()).contains("Projects: 1", "PROBE");
		assertThat(jdbc.queryForObject("select count(*) from programme where slug = 'digital-europe-test'", Long.class))
			.isEqualTo(1);

		assertThat(send(location(project) + "/delete", location(project) + "/delete", Map.of()).statusCode())
			.isEqualTo(302);
		HttpResponse<String> deleted = send(edit + "/delete", edit + "/delete", Map.of());
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForObject("select count(*) from programme where slug = 'digital-europe-test'", Long.class))
			.isZero();
		assertThat(jdbc.queryForList("select action || ' ' || target from audit_event where actor = 'officer-olga'",
				String.class)).contains("CREATE programme:" + edit.replaceAll("\\D", ""),
						"UPDATE programme:" + edit.replaceAll("\\D", ""), "DELETE programme:" + edit.replaceAll("\\D", ""));
	}

	@Test
	void projectIsWrittenWithParticipantsCountriesAndTermsThenDeletedWhenFree() {
		valid("/admin/projects");
		valid("/admin/projects/new");
		long goal = jdbc.queryForObject("""
				select t.id from term t join vocabulary v on v.id = t.vocabulary_id
				where v.code = 'policy-goals' order by t.position limit 1""", Long.class);
		long organisation = jdbc.queryForObject("select min(id) from organisation", Long.class);
		String organisationName = jdbc.queryForObject("select name from organisation where id = ?", String.class,
				organisation);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("slug", "admin-test-project");
		fields.put("acronym", "ADMINTEST");
		fields.put("grantId", "999001");
		fields.put("title[en]", "A project written in the back office");
		fields.put("title[hu]", "A háttérirodában írt projekt");
		fields.put("summary[en]", "What it does.");
		fields.put("programme", "horizon-2020");
		fields.put("status", "PLANNED");
		fields.put("startDate", "2030-01-01");
		fields.put("endDate", "2029-12-31");
		fields.put("totalCost", "2500000");
		fields.put("totalCostCurrency", "EUR");
		fields.put("euContribution", "-5");
		fields.put("countries", "KE, XX");
		fields.put("termIds", String.valueOf(goal));
		fields.put("participations[0].organisation", "#" + organisation);
		fields.put("participations[0].role", "COORDINATOR");
		fields.put("participations[0].contribution", "1000000");
		fields.put("participations[0].currency", "EUR");

		HttpResponse<String> refused = send("/admin/projects/new", "/admin/projects", fields);
		assertThat(refused.statusCode()).isEqualTo(422);
		Document invalid = html(refused);
		assertThat(invalid.select("#endDate-error").text()).contains("end is before the start");
		assertThat(invalid.select("#euContribution-error").text()).contains("at least 0");
		assertThat(invalid.select("#acronym").val()).isEqualTo("ADMINTEST");
		assertThat(invalid.select("#title-hu").val()).isEqualTo("A háttérirodában írt projekt");
		assertThat(HtmlChecker.errors(refused.body())).isEmpty();

		fields.put("endDate", "2033-12-31");
		fields.put("euContribution", "2000000");
		HttpResponse<String> unknownCountry = send("/admin/projects/new", "/admin/projects", fields);
		assertThat(unknownCountry.statusCode()).isEqualTo(422);
		assertThat(html(unknownCountry).select("#countries-error").text()).contains("not a known country code");
		assertThat(html(unknownCountry).select("#countries").val()).isEqualTo("KE, XX");

		fields.put("countries", "KE, UG");
		HttpResponse<String> created = send("/admin/projects/new", "/admin/projects", fields);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String edit = location(created);
		Document form = valid(edit);
		assertThat(form.select("#countries").val()).isEqualTo("KE, UG");
		assertThat(form.select("input[name=termIds][value=" + goal + "]").hasAttr("checked")).isTrue();
		assertThat(form.select("#participation-0-organisation").val()).isEqualTo("#" + organisation);
		assertThat(form.select("fieldset.participations").text()).contains(organisationName);
		assertThat(form.select("#participation-0-role option[selected]").val()).isEqualTo("COORDINATOR");

		// a draft: not on the portal until it is published, then shown with its participant
		assertThat(officer.get("/en/projects/admin-test-project").statusCode()).isEqualTo(404);
		for (String target : List.of("IN_REVIEW", "PUBLISHED")) {
			assertThat(officer.submit(edit, edit + "/status", Map.of("target", target)).statusCode()).isEqualTo(302);
		}
		assertThat(officer.get("/en/projects/admin-test-project").body()).contains("A project written in the back office",
				organisationName);

		// edit: a second participant by exact name, the first removed
		Map<String, String> edited = new LinkedHashMap<>(fields);
		edited.put("participations[0].remove", "true");
		edited.put("participations[1].organisation", organisationName);
		edited.put("participations[1].role", "PARTICIPANT");
		assertThat(send(edit, edit, edited).statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForList("""
				select pa.role from participation pa join project p on p.id = pa.project_id
				where p.slug = 'admin-test-project'""", String.class)).containsExactly("PARTICIPANT");

		// an organisation that does not exist is named next to the participants
		Map<String, String> unknown = new LinkedHashMap<>(edited);
		unknown.put("participations[1].organisation", "No Such Organisation Ltd");
		HttpResponse<String> badParticipant = send(edit, edit, unknown);
		assertThat(badParticipant.statusCode()).isEqualTo(422);
		assertThat(html(badParticipant).select("#participations-error").text()).contains("not a known organisation");

		// the list finds it by text, country, programme, status and year
		Document list = valid("/admin/projects?q=admintest&country=ke&programme=horizon-2020&status=PLANNED&year=2030");
		assertThat(list.select("table.data-table tbody tr")).hasSize(1);
		assertThat(list.select("table.data-table").text()).contains("ADMINTEST");
		assertThat(valid("/admin/projects?q=admintest&year=2031").select("table.data-table")).isEmpty();

		// free of commitments and links: deleted, with its participations
		valid(edit + "/delete");
		assertThat(send(edit + "/delete", edit + "/delete", Map.of()).statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForObject("select count(*) from project where slug = 'admin-test-project'", Long.class))
			.isZero();
		assertThat(officer.get(edit).statusCode()).isEqualTo(404);
	}

	@Test
	void projectThatRelatedContentPointsAtIsNotDeleted() {
		long id = jdbc.queryForObject("select id from project where slug = 'picasso'", Long.class);
		Document confirm = valid("/admin/projects/" + id + "/delete");
		assertThat(confirm.select(".alert-error").text()).contains("Related-content links to it");
		HttpResponse<String> refused = refusedDelete("/admin/projects/" + id + "/delete");
		assertThat(html(refused).select(".alert-error").text()).contains("partner:united-states");
		assertThat(jdbc.queryForObject("select count(*) from project where id = ?", Long.class, id)).isEqualTo(1);
	}

	@Test
	void historyShowsTheChangesOfAProjectAndRestoresAnEarlierRevision() {
		long id = jdbc.queryForObject("select id from project where slug = 'fanfar'", Long.class);
		String original = jdbc.queryForObject("select website from project where id = ?", String.class, id);
		String edit = "/admin/projects/" + id;
		assertThat(send(edit, edit, Map.of("website", "https://fanfar.example.org/")).statusCode())
			.isEqualTo(302);

		Document history = valid(edit + "/history");
		var rows = history.select("table.history tbody tr");
		assertThat(rows.size()).isGreaterThanOrEqualTo(2);
		assertThat(rows.get(0).select(".changed-field").eachText()).containsExactly("Website");
		long created = Long.parseLong(rows.get(rows.size() - 1).selectFirst("td").text().substring(1));
		HttpResponse<String> restored = officer.post(edit + "/history/" + created + "/restore",
				Map.of("_csrf", history.selectFirst("input[name=_csrf]").val()));
		assertThat(restored.statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForObject("select website from project where id = ?", String.class, id)).isEqualTo(original);
		// countries and participations are not part of a revision: a restore leaves them as they are
		assertThat(jdbc.queryForObject("select count(*) from participation where project_id = ?", Long.class, id))
			.isPositive();
	}

	@Test
	void twoOfficersSavingOneProjectGetTheConflictPage() {
		long id = jdbc.queryForObject("select id from project where slug = 'wazihub'", Long.class);
		String edit = "/admin/projects/" + id;
		Document before = valid(edit);
		String staleVersion = before.select("input[name=version]").val();
		String original = before.select("#title-en").val();
		assertThat(send(edit, edit, Map.of("website", "https://www.wazihub.eu/")).statusCode()).isEqualTo(302);
		Map<String, String> late = new LinkedHashMap<>();
		for (var input : before.select("form.admin-form input[name], form.admin-form textarea[name]")) {
			if (!input.attr("type").equals("checkbox")) {
				late.put(input.attr("name"), input.tagName().equals("textarea") ? input.wholeText() : input.val());
			}
		}
		for (var select : before.select("form.admin-form select[name]")) {
			late.put(select.attr("name"), select.select("option[selected]").val());
		}
		late.put("version", staleVersion);
		late.put("website", "https://late.example.org/");
		HttpResponse<String> conflict = officer.post(edit, late);
		assertThat(conflict.statusCode()).isEqualTo(409);
		assertThat(html(conflict).select("table.conflict").text()).contains("https://www.wazihub.eu/",
				"https://late.example.org/");
		assertThat(html(conflict).select("#website").val()).isEqualTo("https://late.example.org/");
		assertThat(html(conflict).select("#title-en").val()).isEqualTo(original);
		assertThat(HtmlChecker.errors(conflict.body())).isEmpty();
		assertThat(jdbc.queryForObject("select website from project where id = ?", String.class, id))
			.isEqualTo("https://www.wazihub.eu/");
	}

	@Test
	void listPagesOnByKeysetWithoutRepeatingOrSkippingProjects() {
		jdbc.update("""
				insert into project (slug, acronym, title, programme_id, start_date)
				select 'keyset-probe-' || n, 'KEYSETPROBE' || lpad(n::text, 2, '0'), '{"en": "Keyset probe"}'::jsonb, null,
				       date '2020-01-01' + (n % 7)
				from generate_series(1, 30) n""");
		try {
			for (String sort : List.of("start", "acronym", "added")) {
				Document first = valid("/admin/projects?q=keysetprobe&sort=" + sort);
				assertThat(first.select(".result-count").text()).isEqualTo("30 items");
				List<String> seen = new java.util.ArrayList<>(first.select("table.data-table tbody tr td:first-child").eachText());
				assertThat(seen).hasSize(25);
				String next = first.select("a[rel=next]").attr("href");
				Document second = valid(next);
				seen.addAll(second.select("table.data-table tbody tr td:first-child").eachText());
				assertThat(second.select("a[rel=next]")).isEmpty();
				assertThat(seen).as(sort).hasSize(30).doesNotHaveDuplicates();
			}
			List<String> byAcronym = valid("/admin/projects?q=keysetprobe&sort=acronym")
				.select("table.data-table tbody tr td:first-child").eachText();
			assertThat(byAcronym).isSorted();
		}
		finally {
			jdbc.update("delete from project where slug like 'keyset-probe-%'");
		}
	}

	@Test
	void organisationIsNotDeletedWhileItTakesPartInProjects() {
		valid("/admin/organisations");
		valid("/admin/organisations?q=a&country=KE");
		Map<String, String> fields = new LinkedHashMap<>(Map.of("name", "Nairobi Test Institute", "shortName", "NTI",
				"country", "QQ", "kind", "REC", "website", "ftp://nti.example"));
		HttpResponse<String> refused = send("/admin/organisations/new", "/admin/organisations", fields);
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(html(refused).select("#website-error").text()).contains("http://");
		assertThat(html(refused).select("#name").val()).isEqualTo("Nairobi Test Institute");
		fields.put("website", "https://nti.example");
		HttpResponse<String> unknownCountry = send("/admin/organisations/new", "/admin/organisations", fields);
		assertThat(unknownCountry.statusCode()).isEqualTo(422);
		assertThat(html(unknownCountry).select("#country-error").text()).contains("not a known country code");
		fields.put("country", "KE");
		HttpResponse<String> created = send("/admin/organisations/new", "/admin/organisations", fields);
		assertThat(created.statusCode()).isEqualTo(302);
		String edit = location(created);
		String number = edit.replaceAll("\\D", "");
		assertThat(valid(edit).select("#country").val()).isEqualTo("KE");

		HttpResponse<String> project = send("/admin/projects/new", "/admin/projects",
				Map.of("slug", "organisation-delete-probe", "acronym", "ORGPROBE", "title[en]", "Organisation probe",
						"participations[0].organisation", "#" + number));
		assertThat(project.statusCode()).as(project.body()).isEqualTo(302);
		HttpResponse<String> inUse = refusedDelete(edit + "/delete");
		assertThat(html(inUse).select(".alert-error").text()).contains("Participations in projects: 1", "ORGPROBE");

		assertThat(send(location(project) + "/delete", location(project) + "/delete", Map.of()).statusCode())
			.isEqualTo(302);
		assertThat(send(edit + "/delete", edit + "/delete", Map.of()).statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForObject("select count(*) from organisation where id = ?", Long.class, Long.valueOf(number)))
			.isZero();
	}

	@Test
	void viewerReadsButCannotSave() {
		if (accounts.byUsername("viewer-vera").isEmpty()) {
			accounts.create("viewer-vera", PASSWORD, Role.VIEWER, false);
		}
		AdminClient viewer = new AdminClient(port);
		viewer.signIn("viewer-vera", PASSWORD);
		long id = jdbc.queryForObject("select id from project where slug = 'wazihub'", Long.class);
		Document form = viewer.page("/admin/projects/" + id);
		assertThat(form.select("form.admin-form button[type=submit]")).isEmpty();
		assertThat(viewer.post("/admin/projects/" + id, Map.of("_csrf", viewer.csrfToken("/admin/projects/" + id),
				"acronym", "HACKED")).statusCode()).isEqualTo(403);
	}

}
