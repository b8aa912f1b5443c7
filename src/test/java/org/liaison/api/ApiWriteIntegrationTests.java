package org.liaison.api;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.liaison.security.ApiTokenService;
import org.liaison.security.AuditAction;
import org.liaison.security.AuditEvent;
import org.liaison.security.AuditLog;
import org.liaison.security.Role;
import org.liaison.support.LiaisonIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes through the REST API with tokens: who may write what, validation as problem+json, If-Match,
 * the audit trail, and tokens kept only as hashes. A context of its own: it changes data. Its small
 * rate limit is ApiRateLimitIntegrationTests'; every request here carries a token, which it spares.
 */
@LiaisonIntegrationTest
@TestPropertySource(properties = { "liaison.api.rate-limit=5", "liaison.api.rate-period=1h" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiWriteIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	ApiClient api;

	final JsonMapper json = JsonMapper.builder().build();

	String officer;

	String editor;

	String viewer;

	String revoked;

	@BeforeAll
	void setUp() {
		api = new ApiClient(port);
		officer = tokens.create("write-tests.officer", Role.OFFICER).secret();
		editor = tokens.create("write-tests.editor", Role.EDITOR).secret();
		viewer = tokens.create("write-tests.viewer", Role.VIEWER).secret();
		ApiTokenService.Created gone = tokens.create("write-tests.revoked", Role.ADMINISTRATOR);
		tokens.revoke(gone.token().getId());
		revoked = gone.secret();
	}

	static final String PROJECT = """
			{"slug": "api-test-project", "acronym": "APITEST", "title": {"en": "A project written through the API", "hu": "API-n át írt projekt"},
			 "summary": {"en": "Checks writes."}, "programme": "horizon-2020", "grantId": "999001", "status": "ongoing",
			 "startDate": "2025-01-01", "endDate": "2027-12-31", "totalCost": {"amount": 1000000.50, "currency": "EUR"},
			 "website": "https://example.org/apitest", "countries": ["ke", "UG"], "goals": [], "themes": ["internet-of-things"]}
			""";

	@Test
	void refusesWritesWithoutAValidTokenOrWithTheWrongRole() {
		HttpResponse<String> anonymous = api.send("POST", "/api/v1/projects", PROJECT);
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
		assertProblem(anonymous, 401);
		HttpResponse<String> withRevoked = api.send("POST", "/api/v1/projects", PROJECT, "Authorization", "Bearer " + revoked);
		assertThat(withRevoked.statusCode()).isEqualTo(401);
		assertThat(withRevoked.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).contains("invalid_token"));
		assertProblem(withRevoked, 401);
		assertThat(api.get("/api/v1/projects", "Authorization", "Bearer " + revoked).statusCode()).as("a revoked token reads nothing either")
			.isEqualTo(401);
		assertThat(api.send("POST", "/api/v1/projects", PROJECT, "Authorization", "Bearer lia_madeup").statusCode()).isEqualTo(401);
		for (String token : List.of(editor, viewer)) {
			HttpResponse<String> refused = api.send("POST", "/api/v1/projects", PROJECT, "Authorization", "Bearer " + token);
			assertThat(refused.statusCode()).isEqualTo(403);
			assertProblem(refused, 403);
		}
		assertThat(api.send("POST", "/api/v1/news", news("refused-news", null), "Authorization", "Bearer " + officer).statusCode()).isEqualTo(403);
		assertThat(api.send("DELETE", "/api/v1/projects/wazihub", null, "Authorization", "Bearer " + editor).statusCode()).isEqualTo(403);
		assertThat(api.get("/api/v1/projects/wazihub").statusCode()).as("nothing deleted").isNotEqualTo(404);
	}

	@Test
	void validatesEveryFieldAndNamesEachInvalidOne() {
		String invalid = """
				{"slug": "Not A Slug", "acronym": "", "title": {}, "programme": "no-such-programme", "status": "sleeping",
				 "startDate": "2025-01-01", "endDate": "2024-01-01", "totalCost": {"amount": -5, "currency": "euro"},
				 "countries": ["KE", "XX", "KE"], "goals": ["no-such-goal"]}
				""";
		HttpResponse<String> response = api.send("POST", "/api/v1/projects", invalid, "Authorization", "Bearer " + officer);
		assertThat(response.statusCode()).isEqualTo(422);
		JsonNode problem = assertProblem(response, 422);
		List<String> fields = new ArrayList<>();
		problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
		assertThat(fields).contains("slug", "acronym", "title", "status", "totalCost.amount", "totalCost.currency");
		assertThat(problem.get("detail").asString()).contains("slug").contains("status");
		invalid = PROJECT.replace("\"programme\": \"horizon-2020\"", "\"programme\": \"no-such-programme\"")
			.replace("[\"ke\", \"UG\"]", "[\"KE\", \"XX\", \"KE\"]")
			.replace("\"endDate\": \"2027-12-31\"", "\"endDate\": \"2024-12-31\"")
			.replace("\"goals\": []", "\"goals\": [\"no-such-goal\"]");
		problem = assertProblem(api.send("POST", "/api/v1/projects", invalid, "Authorization", "Bearer " + officer), 422);
		fields.clear();
		problem.get("errors").forEach(e -> fields.add(e.get("field").asString() + "=" + e.get("value").asString()));
		assertThat(fields).containsExactlyInAnyOrder("programme=no-such-programme", "countries[1]=XX", "countries[2]=KE",
				"goals[0]=no-such-goal", "endDate=2024-12-31");
		HttpResponse<String> unreadable = api.send("POST", "/api/v1/projects", "{\"slug\": ", "Authorization", "Bearer " + officer);
		assertThat(unreadable.statusCode()).isEqualTo(400);
		assertProblem(unreadable, 400);
		assertThat(api.get("/api/v1/projects/api-test-project", "Authorization", "Bearer " + viewer).statusCode()).as("nothing stored")
			.isEqualTo(404);
	}

	@Test
	void createsUpdatesAndDeletesAProjectAuditingEachWrite() {
		HttpResponse<String> created = api.send("POST", "/api/v1/projects?lang=all", PROJECT, "Authorization", "Bearer " + officer);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/projects/api-test-project");
		JsonNode project = json.readTree(created.body());
		assertThat(project.get("countries").toString()).isEqualTo("[\"KE\",\"UG\"]");
		assertThat(project.get("themes").toString()).isEqualTo("[\"internet-of-things\"]");
		assertThat(project.get("title").get("translations").get("hu").asString()).isEqualTo("API-n át írt projekt");
		assertThat(project.get("totalCost").get("amount").decimalValue()).isEqualByComparingTo("1000000.50");
		assertThat(api.send("POST", "/api/v1/projects", PROJECT, "Authorization", "Bearer " + officer).statusCode()).as("slug taken")
			.isEqualTo(409);

		HttpResponse<String> read = api.get("/api/v1/projects/api-test-project", "Authorization", "Bearer " + viewer);
		String etag = read.headers().firstValue("ETag").orElseThrow();
		String changed = PROJECT.replace("\"status\": \"ongoing\"", "\"status\": \"closed\"").replace("[\"ke\", \"UG\"]", "[\"TZ\"]");
		HttpResponse<String> stale = api.send("PUT", "/api/v1/projects/api-test-project", changed, "Authorization", "Bearer " + officer,
				"If-Match", "\"0not-the-current-one\"");
		assertThat(stale.statusCode()).isEqualTo(412);
		assertProblem(stale, 412);
		HttpResponse<String> updated = api.send("PUT", "/api/v1/projects/api-test-project", changed, "Authorization", "Bearer " + officer,
				"If-Match", etag);
		assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
		assertThat(json.readTree(updated.body()).get("status").asString()).isEqualTo("closed");
		assertThat(json.readTree(updated.body()).get("countries").toString()).isEqualTo("[\"TZ\"]");
		assertThat(updated.headers().firstValue("ETag")).hasValueSatisfying(v -> assertThat(v).isNotEqualTo(etag));
		assertThat(api.get("/api/v1/projects?sourceId=999001", "Authorization", "Bearer " + viewer).body()).contains("api-test-project");

		HttpResponse<String> deleted = api.send("DELETE", "/api/v1/projects/api-test-project", null, "Authorization", "Bearer " + officer);
		assertThat(deleted.statusCode()).isEqualTo(204);
		assertThat(api.get("/api/v1/projects/api-test-project", "Authorization", "Bearer " + viewer).statusCode()).isEqualTo(404);
		assertThat(api.send("DELETE", "/api/v1/projects/api-test-project", null, "Authorization", "Bearer " + officer).statusCode())
			.isEqualTo(404);

		List<AuditEvent> events = audit.search("token:write-tests.officer", null, "project:api-test-project", 1)
			.getContent();
		assertThat(events).extracting(AuditEvent::getAction)
			.containsExactly(AuditAction.DELETE, AuditAction.UPDATE, AuditAction.CREATE);
	}

	@Test
	void writesNewsThroughTheWorkflowAndPagesThroughIt() {
		for (int i = 1; i <= 3; i++) {
			HttpResponse<String> created = api.send("POST", "/api/v1/news",
					news("api-news-" + i, "published").replace("2025-03-01", "2025-03-0" + i), "Authorization", "Bearer " + editor);
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			assertThat(json.readTree(created.body()).get("status").asString()).isEqualTo("published");
		}
		HttpResponse<String> draft = api.send("POST", "/api/v1/news", news("api-news-draft", null), "Authorization", "Bearer " + editor);
		assertThat(json.readTree(draft.body()).get("status").asString()).isEqualTo("draft");
		assertThat(api.get("/api/v1/news/api-news-draft", "Authorization", "Bearer " + viewer).statusCode()).as("drafts are not public")
			.isEqualTo(404);
		assertThat(api.get("/api/v1/news/api-news-2", "Authorization", "Bearer " + viewer).statusCode()).isEqualTo(200);

		List<String> slugs = new ArrayList<>();
		String next = "/api/v1/news?limit=1";
		while (next != null) {
			JsonNode page = json.readTree(api.get(next, "Authorization", "Bearer " + viewer).body());
			page.get("items").forEach(item -> slugs.add(item.get("slug").asString()));
			next = page.get("next").isNull() ? null : page.get("next").asString();
		}
		assertThat(slugs).doesNotHaveDuplicates().doesNotContain("api-news-draft")
			.containsSubsequence("api-news-3", "api-news-2", "api-news-1", "eu-australia-accelerate-digital-cooperation");

		HttpResponse<String> archived = api.send("PUT", "/api/v1/news/api-news-1", news("api-news-1", "archived"),
				"Authorization", "Bearer " + editor);
		assertThat(json.readTree(archived.body()).get("status").asString()).isEqualTo("archived");
		assertThat(api.send("DELETE", "/api/v1/news/api-news-draft", null, "Authorization", "Bearer " + editor).statusCode()).isEqualTo(204);
		List<AuditEvent> events = audit.search("token:write-tests.editor", null, null, 1).getContent();
		assertThat(events).extracting(AuditEvent::getAction)
			.contains(AuditAction.CREATE, AuditAction.PUBLISH, AuditAction.STATUS_CHANGE, AuditAction.UPDATE,
					AuditAction.DELETE);
		HttpResponse<String> invalid = api.send("POST", "/api/v1/news", "{\"slug\": \"x\", \"title\": {\"english\": \" \"}}",
				"Authorization", "Bearer " + editor);
		JsonNode problem = assertProblem(invalid, 422);
		assertThat(problem.toString()).contains("publishedOn");
	}

	@Test
	void keepsOnlyTheHashOfEachTokenAndAuditsTokens() throws Exception {
		ApiTokenService.Created created = tokens.create("write-tests.hashed", Role.VIEWER);
		assertThat(created.secret()).startsWith("lia_").hasSize(4 + 43);
		String stored = jdbc.queryForObject("select token_hash from api_token where name = ?", String.class,
				"write-tests.hashed");
		String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
			.digest(created.secret().getBytes(StandardCharsets.UTF_8)));
		assertThat(stored).isEqualTo(expected).doesNotContain(created.secret().substring(4));
		Integer copies = jdbc.queryForObject(
				"select count(*) from api_token where token_hash = ? or token_prefix = ? or name like ?", Integer.class,
				created.secret(), created.secret(), "%" + created.secret() + "%");
		assertThat(copies).isZero();
		assertThat(audit.search(null, AuditAction.TOKEN_CREATED, "api-token:" + created.token().getId(), 1)
			.getContent()).hasSize(1);
		assertThat(api.get("/api/v1/projects?limit=1", "Authorization", "Bearer " + created.secret()).statusCode()).isEqualTo(200);
		tokens.revoke(created.token().getId());
		assertThat(api.get("/api/v1/projects?limit=1", "Authorization", "Bearer " + created.secret()).statusCode()).isEqualTo(401);
		assertThat(audit.search(null, AuditAction.TOKEN_REVOKED, "api-token:" + created.token().getId(), 1)
			.getContent()).hasSize(1);
	}

	@Test
	void acceptsTheReadmesExample() throws Exception {
		String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
		java.util.regex.Matcher body = java.util.regex.Pattern.compile("-d '(\\{[^']+})'").matcher(readme);
		assertThat(body.find()).isTrue();
		HttpResponse<String> created = api.send("POST", "/api/v1/news", body.group(1), "Authorization", "Bearer " + editor);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(api.get("/api/v1/news/eu-kenya-data", "Authorization", "Bearer " + viewer).statusCode()).isEqualTo(200);
	}

	private JsonNode assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("detail").asString()).isNotBlank();
		return problem;
	}

	private static String news(String slug, String status) {
		return "{\"slug\": \"" + slug + "\", \"title\": {\"en\": \"News " + slug + "\"}, \"teaser\": {\"en\": \"Teaser\"}, "
				+ "\"body\": {\"en\": \"Some *Markdown*.\"}, \"publishedOn\": \"2025-03-01\""
				+ ((status == null) ? "" : ", \"status\": \"" + status + "\"") + "}";
	}

}
