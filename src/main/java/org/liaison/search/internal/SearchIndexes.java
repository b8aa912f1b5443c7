package org.liaison.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

import org.liaison.common.search.SearchFields;
import org.liaison.common.search.SearchItem;

import org.springframework.stereotype.Component;

/**
 * The indexes as a whole: what they hold against what the database says they should, and their
 * rebuild with the MassIndexer (for rows that were written by SQL, or an index lost or left behind).
 */
@Component
public class SearchIndexes {

	private final EntityManagerFactory entityManagerFactory;

	SearchIndexes(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	/**
	 * One indexed type: documents in its index and rows in its table; public documents in the index
	 * and public rows in the table (a draft published by SQL, or a stale visibility, shows here).
	 */
	public record Count(String type, long indexed, long expected, long indexedPublic, long expectedPublic) {

		public boolean matches() {
			return indexed == expected && indexedPublic == expectedPublic;
		}

	}

	/** Documents per index against rows per table, all and public, for every indexed type. */
	public List<Count> counts() {
		SearchMapping mapping = Search.mapping(entityManagerFactory);
		List<Count> counts = new ArrayList<>();
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			for (SearchIndexedEntity<?> entity : mapping.allIndexedEntities()) {
				var session = Search.session(entityManager);
				long indexed = session.search(entity.javaClass()).where(f -> f.matchAll()).fetchTotalHitCount();
				long indexedPublic = session.search(entity.javaClass())
					.where(f -> f.match().field(SearchFields.VISIBILITY).matching(SearchFields.PUBLIC))
					.fetchTotalHitCount();
				String name = entity.indexManager().descriptor().hibernateSearchName();
				String all = "select count(e) from " + entity.jpaName() + " e";
				long expected = entityManager.createQuery(all, Long.class).getSingleResult();
				counts.add(new Count(name, indexed, expected, indexedPublic, expectedPublic(entityManager, entity, expected)));
			}
		}
		return counts;
	}

	private static long expectedPublic(EntityManager entityManager, SearchIndexedEntity<?> entity, long all) {
		SearchItem item = entity.javaClass().getAnnotation(SearchItem.class);
		if (item == null || (!item.publishedOnly() && !item.staffOnly())) {
			return all;
		}
		if (item.staffOnly()) {
			return 0;
		}
		// The rule SearchItem's bridge applies to each item, as a condition on the table.
		return entityManager.createQuery("select count(e) from " + entity.jpaName() + " e where " + item.publicWhere(),
				Long.class).getSingleResult();
	}

	/**
	 * Drops every index and builds it again from the database, reporting progress as lines of text.
	 *
	 * @return the number of documents written
	 */
	public long rebuild(Consumer<String> progress) {
		ProgressMonitor monitor = new ProgressMonitor(progress);
		try {
			Search.mapping(entityManagerFactory).scope(Object.class).massIndexer()
				.dropAndCreateSchemaOnStart(true)
				.typesToIndexInParallel(2)
				.threadsToLoadObjects(2)
				.batchSizeToLoadObjects(250)
				.monitor(monitor)
				.startAndWait();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while rebuilding the search index", ex);
		}
		return monitor.added();
	}

	/** Index names and their document counts, for log lines: {@code project 12, news 4}. */
	static String describe(List<Count> counts) {
		Map<String, String> parts = new LinkedHashMap<>();
		counts.forEach(c -> parts.put(c.type(), c.indexed()
				+ ((c.indexed() == c.expected()) ? "" : " (database: " + c.expected() + ")")
				+ ((c.indexedPublic() == c.expectedPublic()) ? ""
						: " (public: " + c.indexedPublic() + ", database: " + c.expectedPublic() + ")")));
		return parts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
			.reduce((a, b) -> a + ", " + b).orElse("none");
	}

}
