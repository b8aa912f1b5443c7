package org.liaison.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.liaison.common.search.SearchFields;
import org.liaison.support.LiaisonIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Searching the demo data set: every language at once, folding, typos, phrases, facets, filters. */
@LiaisonIntegrationTest
class SearchServiceIntegrationTests {

	@Autowired
	SearchService search;

	@Autowired
	MoreLikeThis moreLikeThis;

	@Test
	void suggestsPublicItemsLikeAProjectButNotTheProjectItself() {
		List<SearchHit> like = moreLikeThis.similarTo("project", "wazihub", "en", 5);
		assertThat(like).isNotEmpty().hasSizeLessThanOrEqualTo(5);
		assertThat(like).extracting(SearchHit::path).doesNotContain("projects/wazihub").doesNotContainNull();
		assertThat(like).noneMatch(SearchHit::internal);
	}

	@Test
	void findsNewsLikeANewsItemAcrossLanguages() {
		List<SearchHit> like = moreLikeThis.similarTo("news", "eu-australia-accelerate-digital-cooperation", "hu", 5);
		assertThat(like).extracting(SearchHit::path).isNotEmpty()
			.doesNotContain("news/eu-australia-accelerate-digital-cooperation");
	}

	@Test
	void suggestsNothingForAnItemNotInThePublicIndex() {
		assertThat(moreLikeThis.similarTo("project", "no-such-project", "en", 5)).isEmpty();
		assertThat(moreLikeThis.similarTo("news", "wazihub", "en", 5)).isEmpty();
	}

	@Test
	void findsHungarianNewsWithAHungarianQuery() {
		SearchResults results = search.search(SearchRequest.of("digitális együttműködés", "hu"));
		assertThat(paths(results)).contains("news/eu-australia-accelerate-digital-cooperation");
	}

	@Test
	void findsHungarianTextWithoutAccents() {
		SearchResults results = search.search(SearchRequest.of("ausztralia virtualisan", "en"));
		assertThat(paths(results)).contains("news/eu-australia-accelerate-digital-cooperation");
	}

	@Test
	void findsWazihubDespiteATypo() {
		SearchResults results = search.search(SearchRequest.of("wazihib", "en"));
		assertThat(paths(results)).first().isEqualTo("projects/wazihub");
		assertThat(results.didYouMean()).isEqualTo("wazihub");
	}

	@Test
	void aWordSpelledRightNeedsNoCorrection() {
		SearchResults results = search.search(SearchRequest.of("wazihub", "en"));
		assertThat(paths(results)).first().isEqualTo("projects/wazihub");
		assertThat(results.didYouMean()).isNull();
	}

	@Test
	void matchesQuotedPhrasesOnlyAsPhrases() {
		assertThat(paths(search.search(SearchRequest.of("\"big data innovation\"", "en"))))
			.contains("projects/wazihub");
		assertThat(search.search(SearchRequest.of("\"innovation big data\"", "en")).hits()).isEmpty();
	}

	@Test
	void countsResultsPerFacetValue() {
		SearchResults results = search.search(SearchRequest.of("", "en"));
		SearchResults.Facet types = facet(results, SearchFields.TYPE);
		assertThat(types.values()).anySatisfy(v -> {
			assertThat(v.value()).isEqualTo("project");
			assertThat(v.count()).isEqualTo(12);
			assertThat(v.label()).isEqualTo("Project");
		});
		assertThat(facet(results, SearchFields.REGION).values()).anySatisfy(v -> {
			assertThat(v.value()).isEqualTo("africa");
			assertThat(v.label()).isEqualTo("Africa");
		});
	}

	@Test
	void filtersByFacets() {
		SearchResults projects = search.search(SearchRequest.of("", "en").withFilter(SearchFields.TYPE, "project"));
		assertThat(projects.total()).isEqualTo(12);
		SearchResults inKenya = search
			.search(SearchRequest.of("", "en").withFilter(SearchFields.TYPE, "project").withFilter(SearchFields.COUNTRY, "ke"));
		assertThat(paths(inKenya)).contains("projects/wazihub").allMatch(p -> p.startsWith("projects/"));
		assertThat(inKenya.total()).isLessThan(12);
	}

	@Test
	void suggestsFromTwoLetters() {
		assertThat(search.suggest("w", "en")).isEmpty();
		assertThat(search.suggest("waz", "en")).extracting(Suggestion::path).contains("projects/wazihub");
	}

	private static List<String> paths(SearchResults results) {
		return results.hits().stream().map(SearchHit::path).toList();
	}

	private static SearchResults.Facet facet(SearchResults results, String name) {
		return results.facets().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
	}

}
