package org.liaison.exchange.web;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.liaison.support.HtmlChecker;
import org.liaison.support.LiaisonIntegrationTest;
import org.liaison.support.PortalClient;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema.org JSON-LD in the public pages, read back from the HTML with Jackson. */
@LiaisonIntegrationTest
class StructuredDataIntegrationTests {

	@LocalServerPort
	int port;

	PortalClient http;

	final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void setUp() {
		http = new PortalClient(port);
	}

	@Test
	void projectIsAResearchProjectWithFunderDatesAndLocation() {
		JsonNode project = jsonLd("/en/projects/wazihub");
		assertThat(project.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(project.get("@type").asString()).isEqualTo("ResearchProject");
		assertThat(project.get("name").asString()).isEqualTo("Accelerating Open IoT and Big Data Innovation in Africa");
		assertThat(project.get("alternateName").asString()).isEqualTo("WAZIHUB");
		assertThat(project.get("foundingDate").asString()).isEqualTo("2018-05-01");
		assertThat(project.get("dissolutionDate").asString()).isEqualTo("2021-04-30");
		assertThat(project.get("url").asString()).isEqualTo("http://localhost:" + port + "/en/projects/wazihub");
		List<String> countries = new ArrayList<>();
		project.get("location").forEach(c -> {
			assertThat(c.get("@type").asString()).isEqualTo("Country");
			countries.add(c.get("identifier").asString());
		});
		assertThat(countries).contains("KE", "GH");
		assertThat(project.get("funding").get("@type").asString()).isEqualTo("MonetaryGrant");
		assertThat(project.get("funding").get("name").asString()).isEqualTo("Horizon 2020");
		JsonNode picasso = jsonLd("/en/projects/picasso");
		assertThat(picasso.get("funder").get(0).get("name").asString()).isEqualTo("European Union");
		assertThat(picasso.get("funding").get("amount").get("value").decimalValue())
			.isEqualByComparingTo(new java.math.BigDecimal("999719.00"));
		assertThat(picasso.get("funding").get("amount").get("currency").asString()).isEqualTo("EUR");
	}

	@Test
	void newsIsANewsArticleInItsOwnLanguage() {
		JsonNode article = jsonLd("/en/news/eu-australia-accelerate-digital-cooperation");
		assertThat(article.get("@type").asString()).isEqualTo("NewsArticle");
		assertThat(article.get("headline").asString()).isEqualTo("Az EU és Ausztrália felgyorsítja digitális együttműködését");
		assertThat(article.get("inLanguage").asString()).isEqualTo("hu");
		assertThat(article.get("datePublished").asString()).isEqualTo("2024-06-12");
		assertThat(article.get("publisher").get("@type").asString()).isEqualTo("Organization");
		assertThat(article.get("about").get(0).get("@type").asString()).isEqualTo("Country");
	}

	@Test
	void meetingIsAnEventWithZonedStartStatusAndLocation() {
		JsonNode event = jsonLd("/en/dialogues/eu-australia-digital-dialogue/meetings/2");
		assertThat(event.get("@type").asString()).isEqualTo("Event");
		assertThat(event.get("startDate").asString())
			.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?([+-]\\d{2}:\\d{2}|Z)");
		assertThat(event.get("eventStatus").asString()).startsWith("https://schema.org/Event");
		assertThat(event.get("location").get("@type").asString()).isIn("Place", "VirtualLocation");
		assertThat(event.get("eventAttendanceMode").asString()).endsWith("EventAttendanceMode");
		assertThat(event.get("superEvent").get("name").asString()).isEqualTo("EU–Australia Digital Dialogue");
	}

	@Test
	void partnersAreCountriesOrOrganisations() {
		JsonNode australia = jsonLd("/hu/partners/australia");
		assertThat(australia.get("@type").asString()).isEqualTo("Country");
		assertThat(australia.get("name").asString()).isEqualTo("Ausztrália");
		assertThat(australia.get("identifier").asString()).isEqualTo("AU");
		JsonNode union = jsonLd("/en/partners/african-union");
		assertThat(union.get("@type").asString()).isEqualTo("Organization");
		assertThat(union.get("name").asString()).isNotBlank();
	}

	@Test
	void pagesWithJsonLdStayValidHtml() {
		for (String path : List.of("/en/projects/wazihub", "/en/news/eu-australia-accelerate-digital-cooperation",
				"/en/dialogues/eu-australia-digital-dialogue/meetings/2", "/en/partners/african-union",
				"/en/goals/research-excellence")) {
			assertThat(HtmlChecker.errors(http.fetch(path).body())).as(path).isEmpty();
		}
	}

	private JsonNode jsonLd(String path) {
		Document page = http.get(path);
		List<Element> scripts = page.select("script[type=application/ld+json]");
		assertThat(scripts).as(path).hasSize(1);
		return json.readTree(scripts.get(0).data());
	}

}
