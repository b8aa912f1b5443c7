package org.liaison.web;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.liaison.common.LocalizedText;
import org.liaison.common.Money;
import org.liaison.common.PublicationStatus;
import org.liaison.partner.PartnerService;
import org.liaison.project.ProjectEditor;
import org.liaison.project.ProjectFigureService;
import org.liaison.project.ProjectFigures;
import org.liaison.project.ProjectStatus;
import org.liaison.search.SearchRequest;
import org.liaison.search.SearchService;
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

/**
 * The public profiles of partners and projects go draft → in review → published → archived: one the
 * back office creates is a draft, seen by no visitor — not on its page, in lists, the API, search, the
 * sitemap or a country's figures — until an editor publishes it; staff preview it as the public page
 * will show it; archiving takes it off the portal again. Every step is audited and in its history.
 */
@LiaisonIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicProfileWorkflowIntegrationTests {

	static final String PASSWORD = "a long enough password";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	PartnerService partners;

	@Autowired
	org.liaison.partner.PartnerEditor partnerEditor;

	@Autowired
	ProjectEditor projects;

	@Autowired
	ProjectFigureService figures;

	@Autowired
	SearchService search;

	@Autowired
	AuditLog audit;

	AdminClient officer;

	@BeforeAll
	void signIn() {
		accounts.create("profile-officer", PASSWORD, Role.OFFICER, false);
		officer = new AdminClient(port);
		officer.signIn("profile-officer", PASSWORD);
	}

	@Test
	void aNewPartnerIsADraftUntilPublishedAndGoesAgainWhenArchived() {
		Map<String, String> fields = new HashMap<>();
		fields.put("_csrf", officer.csrfToken("/admin/partners/new"));
		fields.put("slug", "glimmerwick-union");
		fields.put("kind", "ORGANISATION");
		fields.put("name[en]", "Glimmerwick Union");
		fields.put("summary[en]", "A regional body that works on glimmerwick networks.");
		fields.put("regions", "africa");
		HttpResponse<String> created = officer.post("/admin/partners", fields);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String edit = created.headers().firstValue("Location").orElseThrow().replaceAll("\\?.*", "").replaceAll("^https?://[^/]+", "");
		long id = Long.parseLong(edit.replaceAll(".*/", ""));

		Document form = officer.page(edit);
		assertThat(form.select(".status-badge").text()).isEqualTo("Draft");
		assertThat(form.select(".workflow button").eachText()).containsExactly("Send to review");
		assertThat(HtmlChecker.errors(form.outerHtml())).isEmpty();
		assertHidden("glimmerwick-union", "Glimmerwick Union", "glimmerwick");

		// staff see the draft exactly as the public page will show it
		HttpResponse<String> preview = officer.get("/admin/partners/" + id + "/preview/hu");
		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(preview.headers().firstValue("X-Robots-Tag")).hasValue("noindex");
		Document previewPage = org.jsoup.Jsoup.parse(preview.body());
		assertThat(previewPage.select(".preview-banner")).hasSize(1);
		assertThat(previewPage.select("h1").text()).contains("Glimmerwick Union");
		assertThat(previewPage.select("html").attr("lang")).isEqualTo("hu");
		assertThat(new PortalClient(port).fetch("/admin/partners/" + id + "/preview/en").statusCode())
			.as("no preview for visitors").isIn(302, 401, 403);

		move(edit, "IN_REVIEW");
		assertHidden("glimmerwick-union", "Glimmerwick Union", "glimmerwick");
		move(edit, "PUBLISHED");
		PortalClient portal = new PortalClient(port);
		assertThat(portal.get("/en/partners/glimmerwick-union").select("h1").text()).contains("Glimmerwick Union");
		assertThat(portal.get("/en/partners").text()).contains("Glimmerwick Union");
		assertThat(portal.get("/en/regions/africa").text()).contains("Glimmerwick Union");
		assertThat(portal.fetch("/api/v1/partners/glimmerwick-union").statusCode()).isEqualTo(200);
		assertThat(portal.fetch("/sitemap.xml").body()).contains("/partners/glimmerwick-union");
		assertThat(search.search(SearchRequest.of("glimmerwick", "en")).total()).isEqualTo(1);
		assertThat(partners.partner("glimmerwick-union")).isPresent();

		move(edit, "ARCHIVED");
		assertHidden("glimmerwick-union", "Glimmerwick Union", "glimmerwick");
		assertThat(partners.anyPartner("glimmerwick-union").orElseThrow().getPublicationStatus())
			.isEqualTo(PublicationStatus.ARCHIVED);

		assertThat(audit.search(null, AuditAction.PUBLISH, "partner:" + id, 1).getTotalElements()).isEqualTo(1);
		assertThat(audit.search(null, AuditAction.STATUS_CHANGE, "partner:" + id, 1).getTotalElements()).isEqualTo(2);
		Document history = officer.page(edit + "/history");
		assertThat(history.select("tbody tr")).hasSize(4);
		assertThat(history.select("tbody tr").first().text()).contains("Archived");
		partnerEditor.delete(id);
	}

	@Test
	void aStepThatIsNotNextIsRefusedAndAStaleOneChangesNothing() {
		Map<String, String> fields = new HashMap<>();
		fields.put("_csrf", officer.csrfToken("/admin/partners/new"));
		fields.put("slug", "skipping-steps-council");
		fields.put("kind", "ORGANISATION");
		fields.put("name[en]", "Skipping Steps Council");
		HttpResponse<String> created = officer.post("/admin/partners", fields);
		String edit = created.headers().firstValue("Location").orElseThrow().replaceAll("\\?.*", "").replaceAll("^https?://[^/]+", "");
		String version = officer.page(edit).select(".workflow input[name=version]").first().val();
		HttpResponse<String> skip = officer.post(edit + "/status",
				Map.of("_csrf", officer.csrfToken(edit), "target", "PUBLISHED", "version", version));
		assertThat(skip.statusCode()).isEqualTo(409);
		HttpResponse<String> stale = officer.post(edit + "/status",
				Map.of("_csrf", officer.csrfToken(edit), "target", "IN_REVIEW", "version", String.valueOf(Long.parseLong(version) - 1)));
		assertThat(stale.headers().firstValue("Location").orElseThrow()).endsWith("?stale");
		assertThat(officer.page(edit + "?stale").select("[role=alert]").text()).contains("Someone changed this item");
		HttpResponse<String> unknown = officer.post(edit + "/status",
				Map.of("_csrf", officer.csrfToken(edit), "target", "LIVE", "version", version));
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(partners.anyPartner("skipping-steps-council").orElseThrow().getPublicationStatus())
			.isEqualTo(PublicationStatus.DRAFT);
		partnerEditor.delete(partners.anyPartner("skipping-steps-council").orElseThrow().getId());
	}

	@Test
	void aNewProjectIsADraftEverywhereUntilPublished() {
		long before = kenya().projects();
		var project = projects.create(new ProjectEditor.Draft("quillbrook-sensors", "QUILLBROOK", null,
				LocalizedText.of("en", "Quillbrook sensors for rural water"), LocalizedText.of("en", "Quillbrook pumps"),
				LocalizedText.empty(), "horizon-2020", ProjectStatus.ONGOING, LocalDate.of(2024, 1, 1),
				LocalDate.of(2027, 12, 31), null, Money.euros("150000"), null, List.of("KE"),
				null, null));
		String edit = "/admin/projects/" + project.getId();
		assertThat(officer.page(edit).select(".status-badge").text()).isEqualTo("Draft");
		PortalClient portal = new PortalClient(port);
		assertThat(portal.fetch("/en/projects/quillbrook-sensors").statusCode()).isEqualTo(404);
		assertThat(portal.get("/en/projects?country=KE").text()).doesNotContain("QUILLBROOK");
		assertThat(portal.fetch("/api/v1/projects/quillbrook-sensors").statusCode()).isEqualTo(404);
		assertThat(portal.fetch("/api/v1/projects?q=quillbrook").body()).doesNotContain("QUILLBROOK");
		assertThat(portal.fetch("/opendata/projects.csv?country=KE").body()).doesNotContain("QUILLBROOK");
		assertThat(portal.fetch("/opendata/iati-activities.xml?country=KE").body()).doesNotContain("QUILLBROOK");
		assertThat(search.search(SearchRequest.of("quillbrook", "en")).total()).isZero();
		assertThat(kenya().projects()).as("a draft is not counted on Kenya's page").isEqualTo(before);
		assertThat(officer.page("/admin/projects?publication=DRAFT").text()).contains("QUILLBROOK");
		Document preview = officer.page("/admin/projects/" + project.getId() + "/preview/en");
		assertThat(preview.select(".preview-banner")).hasSize(1);
		assertThat(preview.select("h1").text()).contains("QUILLBROOK");

		move(edit, "IN_REVIEW");
		move(edit, "PUBLISHED");
		assertThat(portal.get("/en/projects/quillbrook-sensors").select("h1").text()).contains("QUILLBROOK");
		assertThat(portal.get("/en/projects?country=KE").text()).contains("QUILLBROOK");
		assertThat(portal.fetch("/api/v1/projects/quillbrook-sensors").statusCode()).isEqualTo(200);
		assertThat(search.search(SearchRequest.of("quillbrook", "en")).total()).isEqualTo(1);
		assertThat(kenya().projects()).isEqualTo(before + 1);
		assertThat(officer.page("/admin/projects?publication=DRAFT").text()).doesNotContain("QUILLBROOK");

		move(edit, "ARCHIVED");
		assertThat(portal.fetch("/en/projects/quillbrook-sensors").statusCode()).isEqualTo(404);
		assertThat(search.search(SearchRequest.of("quillbrook", "en")).total()).isZero();
		assertThat(kenya().projects()).isEqualTo(before);
		assertThat(officer.page(edit + "/history").select("tbody tr").first().text()).contains("Archived");
		projects.delete(project.getId());
	}

	private ProjectFigures kenya() {
		return figures.figures(new ProjectFigures.Scope(List.of("KE"), LocalDate.of(2026, 6, 1)));
	}

	/** Posts the workflow form of the item's edit page that moves it to {@code target}. */
	private void move(String edit, String target) {
		HttpResponse<String> moved = officer.submit(edit, edit + "/status", Map.of("target", target));
		assertThat(moved.statusCode()).as(moved.body()).isEqualTo(302);
		assertThat(moved.headers().firstValue("Location").orElseThrow()).endsWith("?moved=" + target.toLowerCase());
	}

	/** Nothing of the partner reaches a visitor: its page, the lists, the API, the sitemap, search. */
	private void assertHidden(String slug, String name, String word) {
		PortalClient portal = new PortalClient(port);
		assertThat(portal.fetch("/en/partners/" + slug).statusCode()).isEqualTo(404);
		assertThat(portal.fetch("/en/partners/" + slug + "/briefing").statusCode()).isEqualTo(404);
		assertThat(portal.get("/en/partners").text()).doesNotContain(name);
		assertThat(portal.get("/en/regions/africa").text()).doesNotContain(name);
		assertThat(portal.fetch("/api/v1/partners/" + slug).statusCode()).isEqualTo(404);
		assertThat(portal.fetch("/api/v1/partners").body()).doesNotContain(slug);
		assertThat(portal.fetch("/opendata/partners.csv").body()).doesNotContain(slug);
		assertThat(portal.fetch("/sitemap.xml").body()).doesNotContain("/partners/" + slug);
		assertThat(search.search(SearchRequest.of(word, "en")).total()).isZero();
		assertThat(partners.partner(slug)).isEmpty();
	}

}
