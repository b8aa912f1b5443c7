package org.liaison.exchange.opendata;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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

/** The project list as CSV and JSON, fetched anonymously and read back with Commons CSV and Jackson. */
@LiaisonIntegrationTest
class ProjectExportIntegrationTests {

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
	void csvHasEveryProjectWithTheColumnsInOrder() throws Exception {
		HttpResponse<String> response = http.fetch("/opendata/projects.csv");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/csv").containsIgnoringCase("charset=UTF-8"));
		assertThat(response.body()).doesNotStartWith("\uFEFF").contains("\r\n");
		List<CSVRecord> rows = csv(response.body());
		assertThat(rows).hasSize((int) projects.publishedProjectCount());
		CSVRecord wazihub = row(rows, "wazihub");
		assertThat(wazihub.get("acronym")).isEqualTo("WAZIHUB");
		assertThat(wazihub.get("title")).isEqualTo("Accelerating Open IoT and Big Data Innovation in Africa");
		assertThat(wazihub.get("programme")).isEqualTo("horizon-2020");
		assertThat(wazihub.get("status")).isEqualTo("closed");
		assertThat(wazihub.get("start")).isEqualTo("2018-05-01");
		assertThat(wazihub.get("end")).isEqualTo("2021-04-30");
		assertThat(wazihub.get("countries")).isEqualTo("KE;UG;TZ;ZA;MZ;SN;GH");
		assertThat(wazihub.get("url")).isEqualTo("http://localhost:" + port + "/en/projects/wazihub");
		CSVRecord picasso = row(rows, "picasso");
		assertThat(picasso.get("total_cost")).isEqualTo("1160031.00");
		assertThat(picasso.get("eu_contribution")).isEqualTo("999719.00");
		assertThat(picasso.get("currency")).isEqualTo("EUR");
		assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly(ProjectRecord.COLUMNS);
	}

	@Test
	void csvKeepsThePortalsFiltersAndTheBomOnRequest() throws Exception {
		List<CSVRecord> kenya = csv(http.fetch("/opendata/projects.csv?country=ke").body());
		assertThat(kenya).isNotEmpty().allSatisfy(r -> assertThat(r.get("countries").split(";")).contains("KE"));
		assertThat(kenya).extracting(r -> r.get("slug")).contains("wazihub").doesNotContain("picasso");
		List<CSVRecord> africaIot = csv(
				http.fetch("/opendata/projects.csv?region=africa&theme=internet-of-things&programme=horizon-2020")
					.body());
		assertThat(africaIot).extracting(r -> r.get("slug")).contains("wazihub").doesNotContain("picasso");
		String withBom = http.fetch("/opendata/projects.csv?bom=true&lang=hu").body();
		assertThat(withBom).startsWith("\uFEFFslug,");
		List<CSVRecord> hungarian = csv(withBom.substring(1));
		assertThat(row(hungarian, "wazihub").get("url")).endsWith("/hu/projects/wazihub");
	}

	@Test
	void jsonHasTheSameRecords() throws Exception {
		HttpResponse<String> response = http.fetch("/opendata/projects.json?goal=research-excellence");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/json"));
		JsonNode array = json.readTree(response.body());
		assertThat(array.isArray()).isTrue();
		assertThat(array.size()).isPositive().isLessThanOrEqualTo((int) projects.publishedProjectCount());
		JsonNode wazihub = null;
		for (JsonNode project : array) {
			if (project.get("slug").asString().equals("wazihub")) {
				wazihub = project;
			}
		}
		assertThat(wazihub).isNotNull();
		assertThat(wazihub.get("title").asString()).isEqualTo("Accelerating Open IoT and Big Data Innovation in Africa");
		assertThat(wazihub.get("titleLanguage").asString()).isEqualTo("en");
		assertThat(wazihub.get("start").asString()).isEqualTo("2018-05-01");
		assertThat(wazihub.get("countries").isArray()).isTrue();
		assertThat(wazihub.get("countries").get(0).asString()).isEqualTo("KE");
		assertThat(json.readTree(http.fetch("/opendata/projects.json").body()).size())
			.isEqualTo((int) projects.publishedProjectCount());
	}

	@Test
	void unknownFilterValuesAreRefusedNamingTheParameter() throws Exception {
		HttpResponse<String> csv = http.fetch("/opendata/projects.csv?region=atlantis");
		assertThat(csv.statusCode()).isEqualTo(400);
		assertThat(csv.body()).contains("'region'").contains("atlantis");
		assertThat(http.fetch("/opendata/projects.csv?country=XX").body()).contains("'country'");
		assertThat(http.fetch("/opendata/projects.csv?lang=xx").statusCode()).isEqualTo(400);
		HttpResponse<String> problem = http.fetch("/opendata/projects.json?theme=knitting");
		assertThat(problem.statusCode()).isEqualTo(400);
		assertThat(problem.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode body = json.readTree(problem.body());
		assertThat(body.get("status").asInt()).isEqualTo(400);
		assertThat(body.get("parameter").asString()).isEqualTo("theme");
		assertThat(body.get("detail").asString()).contains("'theme'").contains("knitting");
		for (String parameter : List.of("goal", "priority", "programme")) {
			assertThat(http.fetch("/opendata/projects.json?" + parameter + "=nope").statusCode())
				.as(parameter).isEqualTo(400);
		}
	}

	private static List<CSVRecord> csv(String body) throws Exception {
		return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(body)).getRecords();
	}

	private static CSVRecord row(List<CSVRecord> rows, String slug) {
		return rows.stream().filter(r -> r.get("slug").equals(slug)).findFirst().orElseThrow();
	}

}
