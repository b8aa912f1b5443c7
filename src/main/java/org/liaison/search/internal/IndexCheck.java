package org.liaison.search.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.liaison.search.internal.SearchConfiguration.IndexLocation;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, after the country list and the demo data are in, compares the index with the
 * database and rebuilds it when it is missing or its counts differ (rows written by SQL, a crash
 * between a commit and its indexing, an index deleted by hand). The log says which and why.
 */
@Component
@Order(100)
class IndexCheck implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(IndexCheck.class);

	private final SearchIndexes indexes;

	private final IndexLocation location;

	private final ReindexCommand command;

	IndexCheck(SearchIndexes indexes, IndexLocation location, ReindexCommand command) {
		this.indexes = indexes;
		this.location = location;
		this.command = command;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (command.requested()) {
			return; // the command rebuilds everything anyway
		}
		String reason = reasonToRebuild();
		if (reason == null) {
			log.debug("Search index matches the database");
			return;
		}
		log.info("Rebuilding the search index at {}: {}", location.root(), reason);
		long documents = indexes.rebuild(log::info);
		log.info("Search index rebuilt: {} documents", documents);
	}

	/** Why the index must be rebuilt, or null when it matches the database. */
	String reasonToRebuild() {
		// Rows written through JPA in this run are indexed already: what matters is whether the
		// counts match, whether or not an index directory was there before.
		List<SearchIndexes.Count> counts = indexes.counts();
		if (counts.stream().allMatch(SearchIndexes.Count::matches)) {
			return null;
		}
		String what = location.existedAtStart() ? "its document counts differ from the database"
				: "there was no index before this start, and the database holds rows it lacks";
		return what + ": " + SearchIndexes.describe(counts);
	}

}
