package org.liaison.exchange.opendata;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.liaison.project.Project;
import org.liaison.project.ProjectFilter;
import org.liaison.project.ProjectService;
import org.liaison.support.LiaisonIntegrationTest;
import org.liaison.support.PortalClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Every public list as CSV and JSON, with its filters, fetched anonymously and read back. */
@LiaisonIntegrationTest
class ListExportIntegrationTests {

	static final List<String> LISTS = List.of("organisations", "partners", "countries", "regions", "dialogues",
			"meetings", "news", "documents", "terms");

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
	void everyListHasTheSameRowsInCsvAndJson() {
		for (String list : LISTS) {
			HttpResponse<String> csv = http.fetch("/opendata/" + list + ".csv");
			assertThat(csv.statusCode()).as(list).isEqualTo(200);
			assertThat(csv.headers().firstValue("Content-Type")).as(list).hasValueSatisfying(
					type -> assertThat(type).startsWith("text/csv").containsIgnoringCase("charset=UTF-8"));
			assertThat(csv.body()).as(list).contains("\r\n").doesNotStartWith("\uFEFF");
			HttpResponse<String> array = http.fetch("/opendata/" + list + ".json");
			assertThat(array.statusCode()).as(list).isEqualTo(200);
			JsonNode rows = json.readTree(array.body());
			assertThat(rows.isArray()).as(list).isTrue();
			assertThat(rows.size()).as(list).isPositive().isEqualTo(csv(csv.body()).size());
		}
	}

	@Test
	void partnersKeepTheirKindRegionsAndFilters() {
		CSVRecord australia = row(csv(http.fetch("/opendata/partners.csv").body()), "slug", "australia");
		assertThat(australia.get("name")).isEqualTo("Australia");
		assertThat(australia.get("kind")).isEqualTo("country");
		assertThat(australia.get("strategic")).isEqualTo("true");
		assertThat(australia.get("country")).isEqualTo("AU");
		assertThat(australia.get("url")).isEqualTo("http://localhost:" + port + "/en/partners/australia");
		List<CSVRecord> strategic = csv(http.fetch("/opendata/partners.csv?strategic=true").body());
		assertThat(strategic).extracting(r -> r.get("slug")).contains("australia", "japan", "united-states")
			.doesNotContain("kenya");
		List<CSVRecord> organisations = csv(http.fetch("/opendata/partners.csv?kind=organisation").body());
		assertThat(organisations).extracting(r -> r.get("slug")).contains("african-union").doesNotContain("kenya");
		List<CSVRecord> africa = csv(http.fetch("/opendata/partners.csv?region=africa").body());
		assertThat(africa).extracting(r -> r.get("slug")).contains("kenya").doesNotContain("japan");
		JsonNode hungarian = json.readTree(http.fetch("/opendata/partners.json?lang=hu&strategic=true").body());
		assertThat(hungarian.findValuesAsString("name")).contains("Ausztrália");
	}

	@Test
	void countriesRegionsTermsAndDocumentsKeepTheirFilters() {
		List<CSVRecord> african = csv(http.fetch("/opendata/countries.csv?region=africa").body());
		assertThat(african).extracting(r -> r.get("code")).contains("KE", "GH").doesNotContain("JP", "AU");
		assertThat(row(african, "code", "KE").get("regions").split(";")).contains("africa");
		assertThat(row(african, "code", "KE").get("url")).endsWith("/en/countries/ke");
		CSVRecord africa = row(csv(http.fetch("/opendata/regions.csv").body()), "code", "africa");
		assertThat(africa.get("countries").split(";")).contains("KE", "GH");
		List<CSVRecord> goals = csv(http.fetch("/opendata/terms.csv?vocabulary=policy-goals").body());
		assertThat(goals).hasSize(7).allSatisfy(r -> assertThat(r.get("vocabulary")).isEqualTo("policy-goals"));
		assertThat(row(goals, "slug", "research-excellence").get("url")).endsWith("/en/goals/research-excellence");
		List<CSVRecord> conclusions = csv(http.fetch("/opendata/documents.csv?kind=council-conclusions").body());
		assertThat(conclusions).extracting(r -> r.get("slug")).containsExactly("council-conclusions-digital4development-2016");
		assertThat(conclusions.get(0).get("issued")).isEqualTo("2016-11-28");
		assertThat(conclusions.get(0).get("issuer")).isEqualTo("Council of the European Union");
	}

	@Test
	void dialoguesMeetingsAndNewsKeepTheirFilters() {
		List<CSVRecord> withAustralia = csv(http.fetch("/opendata/dialogues.csv?partner=australia").body());
		assertThat(withAustralia).extracting(r -> r.get("slug")).containsExactly("eu-australia-digital-dialogue");
		assertThat(withAustralia.get(0).get("lead_unit")).isEqualTo("DG CONNECT");
		List<CSVRecord> meetings = csv(http.fetch("/opendata/meetings.csv?dialogue=eu-australia-digital-dialogue").body());
		CSVRecord second = row(meetings, "number", "2");
		assertThat(second.get("starts_at")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?([+-]\\d{2}:\\d{2}|Z)");
		assertThat(second.get("time_zone")).isNotBlank();
		assertThat(second.get("url")).endsWith("/en/dialogues/eu-australia-digital-dialogue/meetings/2");
		assertThat(csv(http.fetch("/opendata/meetings.csv?partner=japan").body()))
			.allSatisfy(r -> assertThat(r.get("dialogue")).isEqualTo("eu-japan-digital-partnership"));
		List<CSVRecord> news = csv(http.fetch("/opendata/news.csv?partner=australia").body());
		CSVRecord item = row(news, "slug", "eu-australia-accelerate-digital-cooperation");
		assertThat(item.get("title_language")).isEqualTo("hu");
		assertThat(item.get("title")).isEqualTo("Az EU és Ausztrália felgyorsítja digitális együttműködését");
		assertThat(item.get("published")).isEqualTo("2024-06-12");
		assertThat(csv(http.fetch("/opendata/news.csv?partner=kenya").body())).isEmpty();
		assertThat(csv(http.fetch("/opendata/news.csv?region=asia-pacific").body())).extracting(r -> r.get("slug"))
			.contains("eu-australia-accelerate-digital-cooperation");
	}

	@Test
	void organisationsAreReadInKeysetChunks() {
		List<CSVRecord> organisations = csv(http.fetch("/opendata/organisations.csv").body());
		Set<String> ids = new HashSet<>();
		organisations.forEach(r -> assertThat(ids.add(r.get("id"))).as("id " + r.get("id") + " once").isTrue());
		List<CSVRecord> kenyan = csv(http.fetch("/opendata/organisations.csv?country=ke").body());
		assertThat(kenyan).isNotEmpty().allSatisfy(r -> assertThat(r.get("country")).isEqualTo("KE"));
		assertThat(organisations.size()).isGreaterThan(kenyan.size());
	}

	@Test
	void projectKeysetPagingReadsEveryProjectOnceAcrossChunks() {
		List<Long> read = new ArrayList<>();
		Long after = null;
		List<Project> chunk;
		do {
			chunk = projects.findAfter(ProjectFilter.none(), null, after, 5);
			chunk.forEach(p -> read.add(p.getId()));
			after = chunk.isEmpty() ? after : chunk.get(chunk.size() - 1).getId();
		}
		while (chunk.size() == 5);
		assertThat(read).hasSize((int) projects.publishedProjectCount()).doesNotHaveDuplicates().isSorted();
		List<Long> african = new ArrayList<>();
		projects.findAfter(ProjectFilter.byRegion("africa"), null, null, 100).forEach(p -> african.add(p.getId()));
		assertThat(african).isNotEmpty().hasSizeLessThan(read.size());
	}

	@Test
	void csvHasAByteOrderMarkOnRequest() {
		assertThat(http.fetch("/opendata/regions.csv?bom=true").body()).startsWith("\uFEFFcode,");
	}

	@Test
	void badFiltersAreRefusedNamingTheParameter() {
		HttpResponse<String> text = http.fetch("/opendata/partners.csv?region=atlantis");
		assertThat(text.statusCode()).isEqualTo(400);
		assertThat(text.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
		assertThat(text.body()).contains("'region'").contains("atlantis");
		assertProblem("/opendata/partners.json?kind=planet", "kind");
		assertProblem("/opendata/partners.json?strategic=maybe", "strategic");
		assertProblem("/opendata/countries.json?region=atlantis", "region");
		assertProblem("/opendata/organisations.json?country=XX", "country");
		assertProblem("/opendata/dialogues.json?partner=atlantis", "partner");
		assertProblem("/opendata/meetings.json?dialogue=nope", "dialogue");
		assertProblem("/opendata/meetings.json?status=imagined", "status");
		assertProblem("/opendata/news.json?goal=nope", "goal");
		assertProblem("/opendata/news.json?theme=knitting", "theme");
		assertProblem("/opendata/documents.json?kind=poem", "kind");
		assertProblem("/opendata/terms.json?vocabulary=colours", "vocabulary");
		assertProblem("/opendata/regions.json?colour=blue", "colour");
		assertProblem("/opendata/regions.json?lang=xx", "lang");
		HttpResponse<String> bom = http.fetch("/opendata/projects.csv?bom=maybe");
		assertThat(bom.statusCode()).isEqualTo(400);
		assertThat(bom.body()).contains("'bom'").contains("maybe");
		assertThat(http.fetch("/opendata/planets.csv").statusCode()).isEqualTo(404);
	}

	private void assertProblem(String path, String parameter) {
		HttpResponse<String> response = http.fetch(path);
		assertThat(response.statusCode()).as(path).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).as(path)
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.get("parameter").asString()).as(path).isEqualTo(parameter);
		assertThat(problem.get("detail").asString()).as(path).contains("'" + parameter + "'");
	}

	private static List<CSVRecord> csv(String body) {
		try {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(new StringReader(body)).getRecords();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static CSVRecord row(List<CSVRecord> rows, String column, String value) {
		return rows.stream().filter(r -> r.get(column).equals(value)).findFirst()
			.orElseThrow(() -> new AssertionError("no row with " + column + " " + value));
	}

}
