package org.liaison.search;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.liaison.common.LocalizedText;
import org.liaison.common.PublicationStatus;
import org.liaison.common.search.SearchFields;
import org.liaison.content.NewsEditor;
import org.liaison.content.NewsItem;
import org.liaison.support.LiaisonIntegrationTest;
import org.liaison.support.OpenSearchProcess;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Liaison's search on the Elasticsearch/OpenSearch backend ({@code liaison.search.backend=elasticsearch},
 * ADR 12), against a real OpenSearch 2.19 node started in a JVM of its own before the application:
 * the demo data is indexed there at start-up, and words, stems, accents, typos, suggestions, facets
 * and the draft/public boundary behave as on the Lucene index. Its own context, closed after the class.
 */
@LiaisonIntegrationTest
@TestPropertySource(properties = "liaison.test.context=opensearch")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class OpenSearchBackendIntegrationTests {

	private static OpenSearchProcess node;

	@Autowired
	SearchService search;

	@Autowired
	MoreLikeThis moreLikeThis;

	@Autowired
	NewsEditor editor;

	/** Starts the node before the context; the hosts are read, and the node awaited, when Hibernate Search boots. */
	@DynamicPropertySource
	static void openSearch(DynamicPropertyRegistry registry) {
		if (node == null) {
			node = OpenSearchProcess.start();
		}
		registry.add("liaison.search.backend", () -> "elasticsearch");
		registry.add("liaison.search.hosts", node::hosts);
	}

	@AfterAll
	static void stopOpenSearch() {
		if (node != null) {
			node.close();
			node = null;
		}
	}

	@Test
	void indexesTheDemoDataInOpenSearch() throws Exception {
		HttpResponse<String> count = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create("http://" + node.hosts() + "/_count")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(count.statusCode()).isEqualTo(200);
		assertThat(JsonMapper.builder().build().readTree(count.body()).get("count").asLong()).isGreaterThan(100);
	}

	@Test
	void findsAProjectByAWordAndDespiteATypo() {
		assertThat(paths(search.search(SearchRequest.of("wazihub", "en")))).first().isEqualTo("projects/wazihub");
		SearchResults typo = search.search(SearchRequest.of("wazihib", "en"));
		assertThat(paths(typo)).first().isEqualTo("projects/wazihub");
		assertThat(typo.didYouMean()).isEqualTo("wazihub");
		assertThat(paths(search.search(SearchRequest.of("\"big data innovation\"", "en")))).contains("projects/wazihub");
		assertThat(search.search(SearchRequest.of("\"innovation big data\"", "en")).hits()).isEmpty();
	}

	@Test
	void suggestsFromTwoLetters() {
		assertThat(search.suggest("waz", "en")).extracting(Suggestion::path).contains("projects/wazihub");
	}

	@Test
	void foldsAccentsAndCase() {
		assertThat(paths(search.search(SearchRequest.of("AUSZTRALIA virtualisan", "en"))))
			.contains("news/eu-australia-accelerate-digital-cooperation");
	}

	@Test
	void stemsHungarianWithTheServersHungarianAnalyzer() {
		// the title says "együttműködését": three edits from this form, beyond typo tolerance,
		// so only the Hungarian stemmer brings both to "együttműködés"
		assertThat(paths(search.search(SearchRequest.of("együttműködésről", "hu"))))
			.contains("news/eu-australia-accelerate-digital-cooperation");
		assertThat(paths(search.search(SearchRequest.of("együttműködésről", "en"))))
			.doesNotContain("news/eu-australia-accelerate-digital-cooperation");
	}

	@Test
	void countsAndFiltersByFacets() {
		SearchResults all = search.search(SearchRequest.of("", "en"));
		assertThat(facet(all, SearchFields.TYPE).values()).anySatisfy(v -> {
			assertThat(v.value()).isEqualTo("project");
			assertThat(v.count()).isEqualTo(12);
			assertThat(v.label()).isEqualTo("Project");
		});
		assertThat(facet(all, SearchFields.REGION).values()).anySatisfy(v -> {
			assertThat(v.value()).isEqualTo("africa");
			assertThat(v.count()).isPositive();
		});
		SearchResults inKenya = search.search(SearchRequest.of("", "en").withFilter(SearchFields.TYPE, "project")
			.withFilter(SearchFields.COUNTRY, "ke"));
		assertThat(paths(inKenya)).contains("projects/wazihub").allMatch(p -> p.startsWith("projects/"));
	}

	@Test
	void suggestsItemsLikeAProject() {
		assertThat(moreLikeThis.similarTo("project", "wazihub", "en", 5)).isNotEmpty()
			.extracting(SearchHit::path)
			.doesNotContain("projects/wazihub");
	}

	@Test
	void aDraftIsFoundByStaffOnlyUntilItIsPublished() {
		NewsItem draft = editor.create(new NewsEditor.Draft("opensearch-quetzal-draft",
				LocalizedText.of("en", "Quetzalsummit on the data partnership"), LocalizedText.of("en", "A teaser"),
				LocalizedText.of("en", "Embargoed until the summit"), LocalDate.of(2026, 3, 2)));
		assertThat(search.search(SearchRequest.of("quetzalsummit", "en")).total()).isZero();
		assertThat(search.search(SearchRequest.of("quetzalsummit", "en").withStaff(true)).hits()).singleElement()
			.satisfies(hit -> {
				assertThat(hit.internal()).isTrue();
				assertThat(hit.adminPath()).isEqualTo("/admin/news/" + draft.getId());
			});

		NewsItem inReview = editor.move(draft.getId(), draft.getVersion(), PublicationStatus.IN_REVIEW);
		editor.move(inReview.getId(), inReview.getVersion(), PublicationStatus.PUBLISHED);
		// the sync plan strategy: searchable as soon as the commit returns
		assertThat(paths(search.search(SearchRequest.of("quetzalsummit", "en"))))
			.containsExactly("news/opensearch-quetzal-draft");
	}

	private static List<String> paths(SearchResults results) {
		return results.hits().stream().map(SearchHit::path).toList();
	}

	private static SearchResults.Facet facet(SearchResults results, String name) {
		return results.facets().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
	}

}
