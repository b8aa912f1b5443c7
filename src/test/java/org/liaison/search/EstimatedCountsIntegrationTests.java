package org.liaison.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.liaison.common.search.SearchFields;
import org.liaison.support.LiaisonIntegrationTest;
import org.liaison.support.PortalClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Above the exact-count limit (here lowered to 5 so that the demo data set is "many"), a search
 * stops counting its matches and estimates the total and the facets from the facet sample; below
 * it, both are exact. The search page says "About" for an estimate.
 */
@LiaisonIntegrationTest
@TestPropertySource(properties = { "liaison.test.context=estimates", "liaison.search.exact-count-up-to=5" })
class EstimatedCountsIntegrationTests {

	@Autowired
	SearchService search;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@LocalServerPort
	int port;

	@Test
	void manyMatchesGetATotalAndFacetsEstimatedFromTheSample() {
		SearchResults all = search.search(SearchRequest.of("", "en"));
		long exact = publicItems();
		assertThat(exact).isGreaterThan(100);
		assertThat(all.facetsEstimated()).isTrue();
		// about one item in ten is in the sample: the estimate is near the truth, never below what was counted
		assertThat(all.total()).isBetween(exact / 2, exact * 2).isGreaterThanOrEqualTo(5);
		assertThat(all.hits()).hasSize(SearchRequest.DEFAULT_PAGE_SIZE);
		SearchResults.Facet types = all.facets().stream().filter(f -> f.name().equals(SearchFields.TYPE)).findFirst()
			.orElseThrow();
		assertThat(types.values()).isNotEmpty().allMatch(value -> value.count() > 0 && value.count() <= all.total());
	}

	@Test
	void fewMatchesAreCountedExactly() {
		SearchResults few = search.search(SearchRequest.of("\"information-driven dialogue\"", "en"));
		assertThat(few.facetsEstimated()).isFalse();
		assertThat(few.total()).isPositive().isLessThanOrEqualTo(5).isEqualTo(few.hits().size());
	}

	@Test
	void theSearchPageSaysAboutForAnEstimate() {
		String html = new PortalClient(port).fetch("/en/search?type=country").body();
		assertThat(Jsoup.parse(html).select(".result-count").text()).startsWith("About ");
		String exact = new PortalClient(port).fetch("/en/search?q=%22information-driven+dialogue%22").body();
		assertThat(Jsoup.parse(exact).select(".result-count").text()).doesNotContain("About");
	}

	private long publicItems() {
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			return Search.session(entityManager).search(Object.class)
				.where(f -> f.match().field(SearchFields.VISIBILITY).matching(SearchFields.PUBLIC))
				.fetchTotalHitCount();
		}
	}

}
