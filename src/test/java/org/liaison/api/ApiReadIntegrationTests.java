package org.liaison.api;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.liaison.project.ProjectService;
import org.liaison.support.LiaisonIntegrationTest;
import org.liaison.support.PortalClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The REST API's reads, anonymously, on the demo data: paging, filters, languages, ETags, errors. */
@LiaisonIntegrationTest
class ApiReadIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ProjectService projects;

	PortalClient http;

	final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void setUp() {
		http = new PortalClient(port);
	}

	@Test
	void pagesThroughEveryProjectWithCursorsWithoutDuplicatesOrMisses() {
		List<String> slugs = new ArrayList<>();
		String next = "/api/v1/projects?limit=5";
		int pages = 0;
		while (next != null) {
			JsonNode page = read(next);
			assertThat(page.get("limit").asInt()).isEqualTo(5);
			assertThat(page.get("items").size()).isLessThanOrEqualTo(5);
			page.get("items").forEach(item -> slugs.add(item.get("slug").asString()));
			next = page.get("next").isNull() ? null : page.get("next").asString();
			assertThat(++pages).as("pages").isLessThan(100);
		}
		long count = projects.publishedProjectCount();
		assertThat(slugs).hasSize((int) count).doesNotHaveDuplicates().contains("wazihub", "picasso", "isooko");
		assertThat(pages).isEqualTo((int) ((count + 4) / 5));
	}

	@Test
	void keepsThePortalsFiltersAcrossPages() {
		Set<String> kenya = new LinkedHashSet<>();
		String next = "/api/v1/projects?country=ke&limit=1";
		while (next != null) {
			JsonNode page = read(next);
			page.get("items").forEach(item -> {
				kenya.add(item.get("slug").asString());
				assertThat(strings(item.get("countries"))).contains("KE");
			});
			next = page.get("next").isNull() ? null : page.get("next").asString();
			if (next != null) {
				assertThat(next).contains("country=ke").contains("limit=1");
			}
		}
		assertThat(kenya).contains("wazihub", "isooko").doesNotContain("picasso");
		List<String> africaIot = slugs(read("/api/v1/projects?region=africa&theme=internet-of-things&programme=horizon-2020"));
		assertThat(africaIot).contains("wazihub").doesNotContain("picasso");
	}

	@Test
	void findsProjectsByTextThroughTheSearchIndexAndBySourceId() {
		List<String> found = slugs(read("/api/v1/projects?q=peace%20dialogue"));
		assertThat(found).first().isEqualTo("isooko");
		assertThat(slugs(read("/api/v1/projects?q=peace&country=rw"))).contains("isooko");
		assertThat(slugs(read("/api/v1/projects?q=peace&country=jp"))).isEmpty();
		JsonNode byGrant = read("/api/v1/projects?sourceId=779793");
		assertThat(slugs(byGrant)).containsExactly("isooko");
		assertThat(byGrant.get("items").get(0).get("grantId").asString()).isEqualTo("779793");
		assertThat(slugs(read("/api/v1/projects?sourceId=000000"))).isEmpty();
	}

	@Test
	void givesTextsInTheLanguageAskedForSayingWhichItIsIn() {
		JsonNode hungarian = read("/api/v1/projects/isooko?lang=hu");
		assertThat(hungarian.get("summary").get("lang").asString()).isEqualTo("hu");
		assertThat(hungarian.get("summary").get("text").asString()).startsWith("Az ISOOKO");
		assertThat(hungarian.get("title").get("lang").asString()).as("fallback").isEqualTo("en");
		assertThat(hungarian.get("summary").has("translations")).isFalse();
		assertThat(hungarian.get("portalUrl").asString()).isEqualTo("/hu/projects/isooko");
		JsonNode negotiated = json.readTree(http.fetch("/api/v1/projects/isooko", "Accept-Language", "hu-HU, en;q=0.5").body());
		assertThat(negotiated.get("summary").get("lang").asString()).isEqualTo("hu");
		JsonNode all = read("/api/v1/projects/isooko?lang=all");
		assertThat(all.get("summary").get("translations").propertyNames()).containsExactlyInAnyOrder("en", "hu");
		HttpResponse<String> response = http.fetch("/api/v1/news?lang=de");
		assertThat(response.headers().firstValue("Content-Language")).hasValue("de");
		assertThat(response.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Accept-Language"));
		JsonNode news = json.readTree(response.body()).get("items").get(0);
		assertThat(news.get("title").get("lang").asString()).as("only in Hungarian").isEqualTo("hu");
	}

	@Test
	void answersEveryPublicTypeAsListAndItem() {
		record Type(String list, String key, String item) {
		}
		List<Type> types = List.of(new Type("/api/v1/programmes", "slug", "/api/v1/programmes/horizon-2020"),
				new Type("/api/v1/organisations", "id", null), new Type("/api/v1/partners", "slug", "/api/v1/partners/australia"),
				new Type("/api/v1/countries", "code", "/api/v1/countries/ke"),
				new Type("/api/v1/regions", "code", "/api/v1/regions/africa"),
				new Type("/api/v1/vocabularies", "code", "/api/v1/vocabularies/policy-goals"),
				new Type("/api/v1/vocabularies/policy-goals/terms", "slug", null),
				new Type("/api/v1/dialogues", "slug", "/api/v1/dialogues/eu-australia-digital-dialogue"),
				new Type("/api/v1/dialogues/eu-australia-digital-dialogue/meetings", "number", null),
				new Type("/api/v1/meetings", "number", null),
				new Type("/api/v1/news", "slug", "/api/v1/news/eu-australia-accelerate-digital-cooperation"),
				new Type("/api/v1/pages", "slug", "/api/v1/pages/regional-and-bilateral-relations"),
				new Type("/api/v1/documents", "slug", "/api/v1/documents/council-conclusions-digital4development-2016"));
		for (Type type : types) {
			JsonNode list = read(type.list());
			assertThat(list.get("items").size()).as(type.list()).isPositive();
			assertThat(list.get("items").get(0).has(type.key())).as(type.list()).isTrue();
			if (type.item() != null) {
				assertThat(read(type.item()).has(type.key())).as(type.item()).isTrue();
			}
		}
		String organisation = read("/api/v1/organisations?limit=1").get("items").get(0).get("id").asString();
		assertThat(read("/api/v1/organisations/" + organisation).get("name").asString()).isNotBlank();
		JsonNode term = read("/api/v1/vocabularies/policy-goals/terms?limit=1").get("items").get(0);
		assertThat(read("/api/v1/vocabularies/policy-goals/terms/" + term.get("slug").asString()).get("name").has("text"))
			.isTrue();
		List<String> countries = new ArrayList<>();
		String next = "/api/v1/countries?limit=100";
		while (next != null) {
			JsonNode page = read(next);
			page.get("items").forEach(c -> countries.add(c.get("code").asString()));
			next = page.get("next").isNull() ? null : page.get("next").asString();
		}
		assertThat(countries).hasSizeGreaterThan(240).doesNotHaveDuplicates().isSorted();
	}

	@Test
	void givesStrongEtagsAndAnswersIfNoneMatchWith304() {
		HttpResponse<String> first = http.fetch("/api/v1/projects/wazihub");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).startsWith("\"").doesNotStartWith("W/");
		HttpResponse<String> again = http.fetch("/api/v1/projects/wazihub", "If-None-Match", etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		HttpResponse<String> hungarian = http.fetch("/api/v1/projects/wazihub?lang=hu", "If-None-Match", etag);
		assertThat(hungarian.statusCode()).as("another representation").isEqualTo(200);
		HttpResponse<String> list = http.fetch("/api/v1/projects?limit=3");
		String listTag = list.headers().firstValue("ETag").orElseThrow();
		assertThat(http.fetch("/api/v1/projects?limit=3", "If-None-Match", listTag).statusCode()).isEqualTo(304);
		assertThat(http.fetch("/api/v1/projects?limit=3", "If-None-Match", "\"0stale\"").statusCode()).isEqualTo(200);
	}

	@Test
	void refusesBadParametersWithProblemDetailsNamingThem() {
		assertBadParameter("/api/v1/projects?country=zz", "country", "zz");
		assertBadParameter("/api/v1/projects?region=atlantis", "region", "atlantis");
		assertBadParameter("/api/v1/projects?goal=nothing", "goal", "nothing");
		assertBadParameter("/api/v1/projects?programme=nope", "programme", "nope");
		assertBadParameter("/api/v1/projects?limit=1000", "limit", "1000");
		assertBadParameter("/api/v1/projects?limit=ten", "limit", "ten");
		assertBadParameter("/api/v1/projects?cursor=not-a-cursor", "cursor", "not-a-cursor");
		assertBadParameter("/api/v1/countries?cursor=" + read("/api/v1/projects?limit=1").get("next").asString()
			.replaceAll(".*cursor=", ""), "cursor", null);
		assertBadParameter("/api/v1/news?lang=12", "lang", "12");
		assertBadParameter("/api/v1/projects?q=iot&theme=internet-of-things", "theme", "internet-of-things");
		assertBadParameter("/api/v1/partners?region=atlantis", "region", "atlantis");
		for (String missing : List.of("/api/v1/projects/no-such-project", "/api/v1/news/no-such-news",
				"/api/v1/countries/xx", "/api/v1/organisations/999999999", "/api/v1/no-such-list",
				"/api/v1/dialogues/eu-australia-digital-dialogue/meetings/999")) {
			HttpResponse<String> response = http.fetch(missing);
			assertThat(response.statusCode()).as(missing).isEqualTo(404);
			assertThat(response.headers().firstValue("Content-Type")).as(missing)
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			JsonNode problem = json.readTree(response.body());
			assertThat(problem.get("status").asInt()).isEqualTo(404);
			assertThat(problem.get("instance").asString()).isEqualTo(missing);
		}
		HttpResponse<String> wrongType = http.fetch("/api/v1/organisations/abc");
		assertThat(wrongType.statusCode()).isEqualTo(400);
		assertThat(json.readTree(wrongType.body()).get("parameter").asString()).isEqualTo("id");
	}

	@Test
	void answersTheReadmesExamples() throws Exception {
		String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
		java.util.regex.Matcher curl = java.util.regex.Pattern.compile("curl 'http://localhost:8080(/api/[^']+)'")
			.matcher(readme);
		int examples = 0;
		while (curl.find()) {
			examples++;
			assertThat(read(curl.group(1)).get("items").size()).as(curl.group(1)).isPositive();
		}
		assertThat(examples).isGreaterThanOrEqualTo(3);
	}

	private void assertBadParameter(String path, String parameter, String value) {
		HttpResponse<String> response = http.fetch(path);
		assertThat(response.statusCode()).as(path).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).as(path)
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.get("parameter").asString()).as(path).isEqualTo(parameter);
		if (value != null) {
			assertThat(problem.get("value").asString()).as(path).isEqualTo(value);
			assertThat(problem.get("detail").asString()).as(path).contains(parameter).contains(value);
		}
	}

	private JsonNode read(String path) {
		HttpResponse<String> response = http.fetch(path);
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).as(path)
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
		return json.readTree(response.body());
	}

	private static List<String> slugs(JsonNode page) {
		List<String> slugs = new ArrayList<>();
		page.get("items").forEach(item -> slugs.add(item.get("slug").asString()));
		return slugs;
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(v -> values.add(v.asString()));
		return values;
	}

}
