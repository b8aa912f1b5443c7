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

	/** One indexed type: documents in its index, and rows the database says should be there. */
	public record Count(String type, long indexed, long expected) {

		public boolean matches() {
			return indexed == expected;
		}

	}

	/** Documents per index against public rows per table, for every indexed type. */
	public List<Count> counts() {
		SearchMapping mapping = Search.mapping(entityManagerFactory);
		List<Count> counts = new ArrayList<>();
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			for (SearchIndexedEntity<?> entity : mapping.allIndexedEntities()) {
				long indexed = Search.session(entityManager).search(entity.javaClass()).where(f -> f.matchAll())
					.fetchTotalHitCount();
				String name = entity.indexManager().descriptor().hibernateSearchName();
				counts.add(new Count(name, indexed, expected(entityManager, entity)));
			}
		}
		return counts;
	}

	private static long expected(EntityManager entityManager, SearchIndexedEntity<?> entity) {
		String jpql = "select count(e) from " + entity.jpaName() + " e";
		SearchItem item = entity.javaClass().getAnnotation(SearchItem.class);
		if (item != null && item.publishedOnly()) {
			// The rule PublishedOnlyRoutingBinder applies to each item, as a condition on the table.
			jpql += " where " + item.publicWhere();
		}
		return entityManager.createQuery(jpql, Long.class).getSingleResult();
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
		counts.forEach(c -> parts.put(c.type(), c.indexed() + (c.matches() ? "" : " (database: " + c.expected() + ")")));
		return parts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
			.reduce((a, b) -> a + ", " + b).orElse("none");
	}

}
