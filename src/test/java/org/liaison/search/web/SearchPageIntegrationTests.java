package org.liaison.search.web;

import java.net.http.HttpResponse;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.liaison.support.HtmlChecker;
import org.liaison.support.LiaisonIntegrationTest;
import org.liaison.support.PortalClient;

import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The search page without JavaScript, the search API and the suggestions, over HTTP. */
@LiaisonIntegrationTest
class SearchPageIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void everyPageHasASearchBoxThatSubmitsToTheSearchPage() {
		Document home = portal().get("/hu/");
		Element form = home.selectFirst("header form[role=search]");
		assertThat(form).isNotNull();
		assertThat(form.attr("action")).isEqualTo("/hu/search");
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.selectFirst("input[name=q]")).isNotNull();
	}

	@Test
	void showsRankedResultsWithHighlightedSnippetsAndFacetLinks() {
		Document page = portal().get("/en/search?q=wazihub");
		Element first = page.selectFirst("ol.search-results > li");
		assertThat(first.selectFirst("h2 a").attr("href")).isEqualTo("/en/projects/wazihub");
		assertThat(first.select(".snippet mark").eachText()).allMatch(w -> w.equalsIgnoreCase("wazihub"));
		Element typeFacet = page.select(".facet").stream().filter(f -> f.selectFirst("h3").text().equals("Type"))
			.findFirst().orElseThrow();
		assertThat(typeFacet.select("a").eachAttr("href")).contains("/en/search?q=wazihub&type=project");
	}

	@Test
	void filtersFollowTheFacetLinksAndTheFormKeepsThem() {
		Document page = portal().get("/en/search?q=africa&type=project");
		assertThat(page.select("ol.search-results h2 a").eachAttr("href")).isNotEmpty()
			.allMatch(href -> href.startsWith("/en/projects/"));
		assertThat(page.select("form.search-form input[type=hidden][name=type]").eachAttr("value"))
			.containsExactly("project");
		assertThat(page.select(".facet a[aria-current=true]").eachText()).anyMatch(t -> t.startsWith("Project"));
	}

	@Test
	void offersACorrectionForAMisspelledQuery() {
		Document page = portal().get("/en/search?q=wazihib");
		assertThat(page.selectFirst(".did-you-mean a").attr("href")).isEqualTo("/en/search?q=wazihub");
		assertThat(page.selectFirst("ol.search-results h2 a").attr("href")).isEqualTo("/en/projects/wazihub");
	}

	@Test
	void searchPagesAreValidHtml5() {
		for (String path : new String[] { "/en/search", "/en/search?q=wazihub", "/hu/search?q=ausztralia",
				"/en/search?q=nothing-matches-this-xyz", "/en/search?q=wazihib&region=africa&sort=date" }) {
			assertThat(HtmlChecker.errors(portal().fetch(path).body())).as("HTML errors in " + path).isEmpty();
		}
	}

	@Test
	void answersTheApiWithResultsAndFacets() {
		JsonNode body = json("/api/v1/search?q=wazihub&lang=hu");
		assertThat(body.get("total").asLong()).isPositive();
		JsonNode first = body.get("hits").get(0);
		assertThat(first.get("type").asString()).isEqualTo("project");
		assertThat(first.get("url").asString()).isEqualTo("/hu/projects/wazihub");
		assertThat(first.get("snippet").asString()).contains("<mark>WAZIHUB</mark>");
		assertThat(first.get("snippetLanguage").asString()).isEqualTo("hu");
		assertThat(body.get("facets").valueStream().map(f -> f.get("name").asString()))
			.contains("type", "region", "country", "goal", "priority", "programme", "year", "language");
	}

	@Test
	void apiFiltersLikeThePage() {
		JsonNode body = json("/api/v1/search?type=project&country=ke");
		assertThat(body.get("hits").valueStream().map(h -> h.get("url").asString()))
			.isNotEmpty().allMatch(url -> url.startsWith("/en/projects/"));
	}

	@Test
	void suggestsAfterTwoLetters() {
		assertThat(json("/api/v1/search/suggest?q=w").size()).isZero();
		JsonNode suggestions = json("/api/v1/search/suggest?q=wa");
		assertThat(suggestions.valueStream().map(s -> s.get("url").asString())).contains("/en/projects/wazihub");
		assertThat(suggestions.valueStream().map(s -> s.get("text").asString())).anyMatch(t -> t.startsWith("WAZIHUB"));
	}

	private JsonNode json(String path) {
		HttpResponse<String> response = portal().fetch(path);
		assertThat(response.statusCode()).as("status of " + path).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
		return JSON.readTree(response.body());
	}

	private PortalClient portal() {
		return new PortalClient(port);
	}

}
