package org.liaison.exchange.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.liaison.project.ImportedOrganisation;
import org.liaison.project.ImportedProject;
import org.liaison.project.Organisation;
import org.liaison.project.Project;

import org.springframework.stereotype.Component;

/**
 * Brings the search index in step with what an import wrote. Imports write with SQL (COPY and
 * set-based statements), which Hibernate Search does not see; so after each committed batch the
 * importer hands the ids it created and changed here, and they are indexed in chunks: the documents
 * of changed rows are purged, then the MassIndexer, restricted to those ids, writes the documents of
 * all of them; nothing else is touched. Only
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

		/** Ids to index, and among them the ids of rows indexed before, whose documents go first. */
		private final Set<Long> projects = new LinkedHashSet<>();

		private final Set<Long> replacedProjects = new HashSet<>();

		private final Set<Long> organisations = new LinkedHashSet<>();

		private final Set<Long> replacedOrganisations = new HashSet<>();

		/** What the open transaction created and changed: projects by source id, organisations by id. */
		private final List<String> openCreatedProjects = new ArrayList<>();

		private final List<String> openChangedProjects = new ArrayList<>();

		private final Set<Long> openCreatedOrganisations = new HashSet<>();

		private final Set<Long> openChangedOrganisations = new HashSet<>();

		private final AtomicLong indexed = new AtomicLong();

		private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
			Thread thread = new Thread(runnable, "liaison-import-indexing");
			thread.setDaemon(true);
			return thread;
		});

		/** The chunk being indexed, if any. */
		private Future<?> running;

		/** The open transaction wrote this project (by its identifier in the source) with this outcome. */
		public void project(String sourceId, ImportedProject.Outcome outcome) {
			switch (outcome) {
				case CREATED -> openCreatedProjects.add(sourceId);
				case UPDATED -> openChangedProjects.add(sourceId);
				case UNCHANGED -> {
					// its document stands
				}
			}
		}

		/** The open transaction wrote these organisations. */
		public void organisations(ImportedOrganisation.Written written) {
			openCreatedOrganisations.addAll(written.created());
			openChangedOrganisations.addAll(written.changed());
		}

		/**
		 * The open transaction committed: what it wrote is collected for indexing (and indexed once a
		 * chunk is full). A created row has no document yet; a changed row's document is replaced.
		 *
		 * @param projectIds the database ids of projects by their identifiers in the source
		 */
		public void committed(Function<Collection<String>, Map<String, Long>> projectIds) {
			if (!openCreatedProjects.isEmpty() || !openChangedProjects.isEmpty()) {
				List<String> sourceIds = new ArrayList<>(openCreatedProjects);
				sourceIds.addAll(openChangedProjects);
				Map<String, Long> ids = projectIds.apply(sourceIds);
				openCreatedProjects.stream().map(ids::get).filter(Objects::nonNull).forEach(projects::add);
				openChangedProjects.stream().map(ids::get).filter(Objects::nonNull).forEach(id -> {
					projects.add(id);
					replacedProjects.add(id);
				});
			}
			organisations.addAll(openCreatedOrganisations);
			organisations.addAll(openChangedOrganisations);
			replacedOrganisations.addAll(openChangedOrganisations);
			forgetOpen();
			if (projects.size() >= CHUNK || organisations.size() >= CHUNK) {
				handOver();
			}
		}

		/** The open transaction rolled back: what it wrote is not there. */
		public void rolledBack() {
			forgetOpen();
		}

		private void forgetOpen() {
			openCreatedProjects.clear();
			openChangedProjects.clear();
			openCreatedOrganisations.clear();
			openChangedOrganisations.clear();
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
			List<Long> projectPurge = new ArrayList<>(replacedProjects);
			List<Long> organisationChunk = new ArrayList<>(organisations);
			List<Long> organisationPurge = new ArrayList<>(replacedOrganisations);
			projects.clear();
			replacedProjects.clear();
			organisations.clear();
			replacedOrganisations.clear();
			running = worker.submit(() -> {
				indexed.addAndGet(index(Project.class, projectChunk, projectPurge));
				indexed.addAndGet(index(Organisation.class, organisationChunk, organisationPurge));
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

	/** Writes the documents of {@code chunk}, after removing those of {@code replaced} (rows indexed before). */
	private long index(Class<?> type, List<Long> chunk, List<Long> replaced) {
		if (chunk.isEmpty()) {
			return 0;
		}
		// The MassIndexer adds documents: a row indexed before (an update) would be there twice. A
		// created row has no document, and deleting what is not there still costs a look-up per segment.
		if (!replaced.isEmpty()) {
			try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
				SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
				replaced.forEach(id -> plan.purge(type, id, null));
				plan.execute();
			}
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
