package org.liaison.exchange.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

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
 * <p>
 * A chunk is indexed in a thread of its own while the importer reads and writes the next batches
 * (the database's work and the index's overlap on two cores); at most one chunk is indexed while the
 * next is collected, so memory stays bounded and an indexing error surfaces at the next hand-over.
 */
@Component
public class ImportIndexing {

	/** Ids indexed in one MassIndexer run: large enough to amortise its start and commit, small enough to stay in step. */
	static final int CHUNK = 20_000;

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

		private final AtomicLong indexed = new AtomicLong();

		private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
			Thread thread = new Thread(runnable, "liaison-import-indexing");
			thread.setDaemon(true);
			return thread;
		});

		/** The chunk being indexed, if any. */
		private Future<?> running;

		/** Ids of rows a committed batch created or changed. */
		public void written(Collection<Long> projectIds, Collection<Long> organisationIds) {
			projects.addAll(projectIds);
			organisations.addAll(organisationIds);
			if (projects.size() >= CHUNK || organisations.size() >= CHUNK) {
				handOver();
			}
		}

		/**
		 * Indexes what is collected and waits until every chunk is indexed; returns how many documents
		 * were written in this run in all. The batch takes no more ids afterwards.
		 */
		public long finish() {
			try {
				handOver();
				awaitRunning();
			}
			finally {
				worker.shutdownNow();
			}
			return indexed.get();
		}

		/** Waits for the chunk being indexed, then starts indexing what is collected. */
		private void handOver() {
			awaitRunning();
			if (projects.isEmpty() && organisations.isEmpty()) {
				return;
			}
			List<Long> projectChunk = new ArrayList<>(projects);
			List<Long> organisationChunk = new ArrayList<>(organisations);
			projects.clear();
			organisations.clear();
			running = worker.submit(() -> {
				indexed.addAndGet(index(Project.class, projectChunk));
				indexed.addAndGet(index(Organisation.class, organisationChunk));
			});
		}

		private void awaitRunning() {
			if (running == null) {
				return;
			}
			try {
				running.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while indexing the imported rows", ex);
			}
			catch (ExecutionException ex) {
				throw (ex.getCause() instanceof RuntimeException cause) ? cause
						: new IllegalStateException("Indexing the imported rows failed", ex.getCause());
			}
			finally {
				running = null;
			}
		}

	}

	private long index(Class<?> type, List<Long> chunk) {
		if (chunk.isEmpty()) {
			return 0;
		}
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
