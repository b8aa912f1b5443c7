package org.liaison.exchange.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.liaison.project.Organisation;
import org.liaison.project.Project;

import org.springframework.stereotype.Component;

/**
 * Brings the search index in step with what an import wrote. Imports write with SQL (COPY and
 * set-based statements), which Hibernate Search does not see; so after each committed batch the
 * importer hands the ids it wrote here, and they are indexed in chunks: their documents are purged,
 * then written again by the MassIndexer restricted to those ids; nothing else is touched. Only
 * Hibernate Search's backend-neutral API is used.
 */
@Component
public class ImportIndexing {

	/** Ids indexed in one MassIndexer run: large enough to amortise its start, small enough to stay in step. */
	static final int CHUNK = 5_000;

	private final EntityManagerFactory entityManagerFactory;

	ImportIndexing(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	/** Collects the ids of one run and indexes them chunk by chunk; {@link #finish()} indexes the rest. */
	public Batch begin() {
		return new Batch();
	}

	public final class Batch {

		private final Set<Long> projects = new LinkedHashSet<>();

		private final Set<Long> organisations = new LinkedHashSet<>();

		private long indexed;

		/** Ids of rows a committed batch created or changed. */
		public void written(Collection<Long> projectIds, Collection<Long> organisationIds) {
			projects.addAll(projectIds);
			organisations.addAll(organisationIds);
			if (projects.size() >= CHUNK || organisations.size() >= CHUNK) {
				flush();
			}
		}

		/** Indexes what is collected; returns how many documents were written in this run in all. */
		public long finish() {
			flush();
			return indexed;
		}

		private void flush() {
			indexed += index(Project.class, projects);
			indexed += index(Organisation.class, organisations);
		}

	}

	private long index(Class<?> type, Set<Long> ids) {
		if (ids.isEmpty()) {
			return 0;
		}
		List<Long> chunk = new ArrayList<>(ids);
		ids.clear();
		// The MassIndexer adds documents; a row indexed before (an update) would be there twice.
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
			chunk.forEach(id -> plan.purge(type, id, null));
			plan.execute();
		}
		MassIndexer indexer = Search.mapping(entityManagerFactory).scope(type).massIndexer()
			.purgeAllOnStart(false)
			.dropAndCreateSchemaOnStart(false)
			.mergeSegmentsOnFinish(false)
			.threadsToLoadObjects(1)
			.batchSizeToLoadObjects(250);
		indexer.type(type).reindexOnly("e.id in (:ids)").param("ids", chunk);
		try {
			indexer.startAndWait();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Indexing the imported " + type.getSimpleName() + " rows was interrupted", ex);
		}
		return chunk.size();
	}

}
