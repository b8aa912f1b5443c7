package org.liaison.search;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.liaison.common.LocalizedText;
import org.liaison.content.NewsItem;
import org.liaison.common.PublicationStatus;
import org.liaison.support.LiaisonIntegrationTest;
import org.liaison.support.PortalClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index follows the database: a change is searchable as soon as its commit returns, and what
 * is not published never reaches the public search. Writes data, so it has a context of its own.
 */
@LiaisonIntegrationTest
@TestPropertySource(properties = "liaison.test.context=search-writes")
class SearchIndexingIntegrationTests {

	@Autowired
	SearchService search;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	EntityManager entityManager;

	@LocalServerPort
	int port;

	@Test
	void draftsNeverAppearThroughTheServiceThePageOrTheApi() {
		Long id = write(() -> {
			NewsItem draft = new NewsItem("quokka-draft", LocalizedText.of("en", "Quokkazebra draft announcement"),
					LocalizedText.of("en", "Not for the public yet"), LocalizedText.empty(), LocalDate.of(2026, 1, 5));
			entityManager.persist(draft);
			return draft.getId();
		});
		assertThat(search.search(SearchRequest.of("quokkazebra", "en")).total()).isZero();
		assertThat(search.suggest("quokkaz", "en")).isEmpty();
		PortalClient portal = new PortalClient(port);
		assertThat(portal.fetch("/en/search?q=quokkazebra").body()).doesNotContain("quokka-draft");
		assertThat(portal.fetch("/api/v1/search?q=quokkazebra").body()).doesNotContain("quokka-draft");

		write(() -> entityManager.find(NewsItem.class, id).moveTo(PublicationStatus.IN_REVIEW));
		assertThat(search.search(SearchRequest.of("quokkazebra", "en")).total()).isZero();
	}

	@Test
	void aChangeIsSearchableWithinOneSecondOfItsCommit() {
		Long id = write(() -> {
			NewsItem item = new NewsItem("wombat-news", LocalizedText.of("hu", "Wombatfarkas együttműködés"),
					LocalizedText.empty(), LocalizedText.empty(), LocalDate.of(2026, 2, 1));
			item.moveTo(PublicationStatus.PUBLISHED);
			entityManager.persist(item);
			return item.getId();
		});
		long committed = System.nanoTime();
		assertThat(paths(search.search(SearchRequest.of("wombatfarkas", "en")))).contains("news/wombat-news");
		assertThat(System.nanoTime() - committed).isLessThan(1_000_000_000L);

		write(() -> entityManager.find(NewsItem.class, id).moveTo(PublicationStatus.DRAFT));
		committed = System.nanoTime();
		assertThat(search.search(SearchRequest.of("wombatfarkas", "en")).total()).isZero();
		assertThat(System.nanoTime() - committed).isLessThan(1_000_000_000L);
	}

	private <T> T write(java.util.function.Supplier<T> work) {
		return transactions.execute(status -> work.get());
	}

	private void write(Runnable work) {
		transactions.executeWithoutResult(status -> work.run());
	}

	private static List<String> paths(SearchResults results) {
		return results.hits().stream().map(SearchHit::path).toList();
	}

}
