package org.liaison.search;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.liaison.common.LocalizedText;
import org.liaison.content.NewsItem;
import org.liaison.dialogue.CommitmentService;
import org.liaison.dialogue.CommitmentService.NewCommitment;
import org.liaison.dialogue.OwnerSide;
import org.liaison.security.AccountService;
import org.liaison.security.Role;
import org.liaison.support.AdminClient;
import org.liaison.support.LiaisonIntegrationTest;
import org.liaison.support.PortalClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff search: a signed-in user (of any role, a viewer here) also finds drafts, commitments and
 * their internal text; an anonymous visitor never does — not through the service, the page, the
 * page's htmx fragment, the API or the suggestions. Writes data, so it has a context of its own.
 */
@LiaisonIntegrationTest
@TestPropertySource(properties = "liaison.test.context=search-staff")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffSearchIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	SearchService search;

	@Autowired
	CommitmentService commitments;

	@Autowired
	AccountService accounts;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	EntityManager entityManager;

	@Autowired
	org.liaison.security.ApiTokenService apiTokens;

	@LocalServerPort
	int port;

	@BeforeAll
	void draftAndCommitment() {
		transactions.executeWithoutResult(status -> entityManager.persist(new NewsItem("platypus-draft",
				LocalizedText.of("en", "Platypusvortex draft on the data partnership"),
				LocalizedText.of("en", "Embargoed until the summit"), LocalizedText.empty(), LocalDate.of(2026, 3, 2))));
		commitments.recordCommitment("eu-australia-digital-dialogue", 2,
				new NewCommitment(LocalizedText.of("en", "Circulate the axolotlplan roadmap"), OwnerSide.EU,
						"Zenobia Kowalczykowna", "zenobia@example.eu", LocalDate.of(2027, 1, 31), List.of(),
						"Waiting for the wombatcouncil's sign-off", null));
		accounts.create("search-viewer", "a long enough password", Role.VIEWER, false);
	}

	@Test
	void anonymousVisitorsNeverSeeDraftsCommitmentsOrInternalText() {
		List<String> secrets = List.of("platypusvortex", "kowalczykowna", "wombatcouncil", "zenobia", "axolotlplan");
		PortalClient portal = new PortalClient(port);
		for (String word : secrets) {
			assertThat(search.search(SearchRequest.of(word, "en")).total()).as(word).isZero();
			// the page and its htmx fragment echo the query, and show nothing else of the secrets
			List<String> others = secrets.stream().filter(s -> !s.equals(word)).toList();
			for (String[] headers : new String[][] { {}, { "HX-Request", "true" } }) {
				Document page = Jsoup.parse(portal.fetch("/en/search?q=" + encode(word), headers).body());
				assertThat(page.select("ol.search-results > li")).as(word).isEmpty();
				assertThat(page.text().toLowerCase()).as(word).doesNotContain(others.toArray(String[]::new))
					.doesNotContain("platypus-draft");
			}
			JsonNode api = JSON.readTree(portal.fetch("/api/v1/search?q=" + encode(word)).body());
			assertThat(api.get("total").asLong()).as(word).isZero();
		}
		assertThat(search.suggest("platypusv", "en")).isEmpty();
		// no internal text leaks into a public item's snippet either
		assertThat(new PortalClient(port).fetch("/api/v1/search?q=roadmap").body()).doesNotContain("Kowalczykowna");
	}

	@Test
	void signedInStaffFindDraftsAndCommitmentsByTheirInternalText() {
		assertThat(search.search(SearchRequest.of("platypusvortex", "en").withStaff(true)).hits())
			.singleElement().satisfies(hit -> {
				assertThat(hit.internal()).isTrue();
				assertThat(hit.path()).isNull();
				assertThat(hit.adminPath()).startsWith("/admin/news/");
			});

		AdminClient viewer = new AdminClient(port);
		viewer.signIn("search-viewer", "a long enough password");
		HttpResponse<String> response = viewer.get("/en/search?q=platypusvortex");
		assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		Document page = Jsoup.parse(response.body());
		Element hit = page.selectFirst("ol.search-results > li");
		assertThat(hit.selectFirst(".badge").text()).isEqualTo("Internal");
		assertThat(hit.selectFirst("h2 a").attr("href")).startsWith("/admin/news/");
		assertThat(page.selectFirst(".staff-note")).isNotNull();

		// the REST API is stateless: staff call it with an API token (a session cookie counts for nothing there)
		assertThat(JSON.readTree(viewer.get("/api/v1/search?q=kowalczykowna").body()).get("total").asLong()).isZero();
		String token = apiTokens.create("search-staff-" + System.nanoTime() % 100000, Role.VIEWER).secret();
		PortalClient api = new PortalClient(port);
		JsonNode byOwner = JSON.readTree(api.fetch("/api/v1/search?q=kowalczykowna", "Authorization", "Bearer " + token).body());
		assertThat(byOwner.get("total").asLong()).isEqualTo(1);
		JsonNode commitment = byOwner.get("hits").get(0);
		assertThat(commitment.get("type").asString()).isEqualTo("commitment");
		assertThat(commitment.get("internal").asBoolean()).isTrue();
		assertThat(commitment.get("url").isNull()).isTrue();
		assertThat(commitment.get("adminUrl").asString())
			.isEqualTo("/admin/dialogues/eu-australia-digital-dialogue/meetings/2");

		JsonNode byComment = JSON.readTree(api.fetch("/api/v1/search?q=wombatcouncil", "Authorization", "Bearer " + token).body());
		assertThat(byComment.get("hits").get(0).get("snippet").asString()).contains("<mark>wombatcouncil</mark>");
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

}
