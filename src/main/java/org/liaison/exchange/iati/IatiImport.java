package org.liaison.exchange.iati;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.liaison.common.LocalizedText;
import org.liaison.exchange.ImportSummary;
import org.liaison.exchange.Rejection;
import org.liaison.exchange.internal.BatchWrite;
import org.liaison.exchange.internal.ImportCheckpoints;
import org.liaison.exchange.internal.ImportIndexing;
import org.liaison.geography.GeographyService;
import org.liaison.project.ImportedOrganisation;
import org.liaison.project.ImportedProject;
import org.liaison.project.ProjectService;
import org.liaison.taxonomy.TaxonomyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports IATI activity files (2.01–2.03), one file after the other. Each file is first checked
 * against the IATI 2.03 schema in a streaming pass; a file that fails is refused whole, before
 * anything of it is written. A valid file is then read activity by activity (StAX) and written in
 * batches, each in one transaction; a batch the database refuses is written again activity by
 * activity, so that only the activities it refuses are rejected. Activities match projects by their
 * IATI identifier: an unchanged activity changes nothing, a changed one updates its project.
 * <p>
 * Each batch commits with its file's checkpoint (how many activities of the file are done): a run
 * that was killed resumes each file after its last committed batch. What each batch wrote is handed
 * to the search index once it is committed, so imported projects are searchable when the run ends.
 */
@Component
public class IatiImport {

	private static final Logger log = LoggerFactory.getLogger(IatiImport.class);

	/** Organisations written in this run, so that the first occurrence in the input wins (bounded). */
	private static final int SEEN_ORGANISATIONS = 100_000;

	/** Rejections kept in the report (all of them go to the listener). */
	private static final int REPORTED_REJECTIONS = 1000;

	private final ProjectService projects;

	private final TaxonomyService taxonomy;

	private final GeographyService geography;

	private final TransactionTemplate transactions;

	private final BatchWrite<MappedActivity> batchWrite;

	private final ImportCheckpoints checkpoints;

	private final ImportIndexing indexing;

	private final int batchSize;

	IatiImport(ProjectService projects, TaxonomyService taxonomy, GeographyService geography,
			PlatformTransactionManager transactionManager, ImportCheckpoints checkpoints, ImportIndexing indexing,
			@Value("${liaison.exchange.batch-size:500}") int batchSize) {
		this.projects = projects;
		this.taxonomy = taxonomy;
		this.geography = geography;
		this.transactions = new TransactionTemplate(transactionManager);
		this.batchWrite = new BatchWrite<>(transactions);
		this.checkpoints = checkpoints;
		this.indexing = indexing;
		this.batchSize = batchSize;
	}

	/** Follows an import file by file. */
	public interface Listener {

		Listener NONE = new Listener() {
		};

		/** A file is done: imported (perhaps with rejected activities) or refused whole. */
		default void fileDone(FileResult result) {
		}

		/** An activity was rejected (a refused file is told by {@link #fileDone}). */
		default void rejected(Rejection rejection) {
		}

	}

	/**
	 * What became of one file.
	 * @param reason why the file was refused (null when it was imported)
	 */
	public record FileResult(String file, String reason, long read, long created, long updated, long unchanged,
			long rejected) {

		public boolean refused() {
			return reason != null;
		}

		/** The command line's line for the file. */
		public String line() {
			return refused() ? "refused  " + file + ": " + reason
					: "imported " + file + ": read " + read + ", created " + created + ", updated " + updated
							+ ", unchanged " + unchanged + ", rejected " + rejected;
		}

	}

	/**
	 * What a run did.
	 * @param rejections the first rejections (activities and refused files), with file, line and reason
	 */
	public record Report(List<FileResult> files, ImportSummary summary, List<Rejection> rejections) {

		public long refusedFiles() {
			return files.stream().filter(FileResult::refused).count();
		}

		/** True when a file was refused or an activity rejected. */
		public boolean hasRefusals() {
			return refusedFiles() > 0 || summary.hasRejections();
		}

	}

	/** Imports a file, or every {@code .xml} file under a folder (in name order). */
	public Report run(Path input, Listener listener) throws IOException {
		return run(input, listener, batchSize);
	}

	/** The same, with batches (and checkpoints) of {@code batchSize} activities. */
	public Report run(Path input, Listener listener, int batchSize) throws IOException {
		if (!Files.exists(input)) {
			throw new IOException("There is no file or folder " + input);
		}
		long started = System.nanoTime();
		List<Path> files;
		if (Files.isDirectory(input)) {
			try (Stream<Path> walk = Files.walk(input)) {
				files = walk.filter(Files::isRegularFile)
					.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml"))
					.sorted()
					.toList();
			}
		}
		else {
			files = List.of(input);
		}
		Run run = new Run(listener, new IatiMapper(geography.countryCodes()), Math.max(1, batchSize));
		List<FileResult> results = new ArrayList<>();
		boolean finished = false;
		try {
			for (Path file : files) {
				FileResult result = run.importFile(file);
				results.add(result);
				listener.fileDone(result);
			}
			finished = true;
		}
		finally {
			// What was committed is indexed even when the run stops early: a resumed run skips it.
			try {
				run.index.finish();
			}
			catch (RuntimeException ex) {
				if (finished) {
					throw ex;
				}
				log.warn("Indexing what an interrupted import committed failed; a reindex will repair it", ex);
			}
		}
		long[] total = new long[5];
		for (FileResult result : results) {
			total[0] += result.read();
			total[1] += result.created();
			total[2] += result.updated();
			total[3] += result.unchanged();
			total[4] += result.rejected();
		}
		ImportSummary summary = new ImportSummary(input.toAbsolutePath().normalize().toString(), total[0], total[1],
				total[2], total[3], total[4], 0, Duration.ofNanos(System.nanoTime() - started));
		return new Report(List.copyOf(results), summary, List.copyOf(run.reported));
	}

	/** One run's state: the caches of what is committed, the rejections. */
	private final class Run {

		private final Listener listener;

		private final IatiMapper mapper;

		private final long vocabularyId;

		private final List<Rejection> reported = new ArrayList<>();

		private final Map<String, Long> termIds = new HashMap<>();

		/** What the committed batches wrote, on its way into the search index. */
		private final ImportIndexing.Batch index = indexing.begin();

		/** The checkpoint key of the file being read, and how far it is committed. */
		private String key;

		private String fileName;

		private ImportCheckpoints.Checkpoint checkpoint = ImportCheckpoints.Checkpoint.START;

		/** Activities read, and rejected by the mapper, since the last commit. */
		private long batchRead;

		private long batchRejected;

		private final Map<String, Long> seenOrganisations = new LinkedHashMap<>(1024, 0.75f, false) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
				return size() > SEEN_ORGANISATIONS;
			}
		};

		private final int batchSize;

		Run(Listener listener, IatiMapper mapper, int batchSize) {
			this.listener = listener;
			this.mapper = mapper;
			this.batchSize = batchSize;
			this.vocabularyId = transactions.execute(status -> taxonomy.ensureVocabulary(IatiSectors.VOCABULARY,
					LocalizedText.of(Map.of("en", "IATI sectors", "hu", "IATI-ágazatok")), 120).getId());
		}

		FileResult importFile(Path file) throws IOException {
			String name = file.toString();
			List<IatiSchema.Problem> problems;
			try (InputStream in = Files.newInputStream(file)) {
				problems = IatiSchema.get().check(in, file.toUri().toString());
			}
			if (!problems.isEmpty()) {
				IatiSchema.Problem first = problems.get(0);
				String reason = first
						+ ((problems.size() > 1) ? " (and " + (problems.size() - 1)
								+ ((problems.size() >= IatiSchema.MAX_PROBLEMS) ? " or more" : "") + " more problems)" : "");
				if (reported.size() < REPORTED_REJECTIONS) {
					reported.add(new Rejection(name, first.line(), reason));
				}
				return new FileResult(name, reason, 0, 0, 0, 0, 0);
			}
			key = inputKey(file);
			fileName = name;
			checkpoint = checkpoints.find(key).orElse(ImportCheckpoints.Checkpoint.START);
			long resumedAfter = checkpoint.position();
			List<MappedActivity> batch = new ArrayList<>();
			long position = 0;
			try (InputStream in = Files.newInputStream(file); IatiActivityReader reader = new IatiActivityReader(in, name)) {
				IatiActivity activity;
				while ((activity = reader.next()) != null) {
					position++;
					if (position <= resumedAfter) {
						continue; // committed by an earlier run that stopped
					}
					try {
						batch.add(mapper.map(activity));
					}
					catch (IatiMapper.Rejected ex) {
						batchRejected++;
						reject(new Rejection(name, activity.line(), ex.getMessage()));
					}
					batchRead++;
					if (batch.size() >= batchSize) {
						flush(batch, position);
					}
				}
				flush(batch, position);
			}
			checkpoints.delete(key);
			ImportCheckpoints.Checkpoint done = checkpoint;
			return new FileResult(name, null, done.read(), done.created(), done.updated(), done.unchanged(),
					done.rejected());
		}

		private void reject(Rejection rejection) {
			if (reported.size() < REPORTED_REJECTIONS) {
				reported.add(rejection);
			}
			listener.rejected(rejection);
		}

		/**
		 * Writes the batch with the file's checkpoint at {@code position} in one transaction, or, when
		 * the database refuses it, activity by activity and then the checkpoint (see {@link BatchWrite}).
		 */
		private void flush(List<MappedActivity> batch, long position) {
			if (batch.isEmpty() && batchRead == 0) {
				return;
			}
			long[] counts = batchWrite.write(batch, new BatchWrite.Steps<>() {
				@Override
				public long[] batch(List<MappedActivity> records) {
					long[] c = write(records);
					checkpoints.save(key, fileName, checkpoint.plus(position, batchRead, c[0], c[1], c[2], batchRejected));
					return c;
				}

				@Override
				public long[] one(MappedActivity record) {
					return write(List.of(record));
				}

				@Override
				public void checkpoint(long created, long updated, long unchanged, long refused) {
					checkpoints.save(key, fileName,
							checkpoint.plus(position, batchRead, created, updated, unchanged, batchRejected + refused));
				}

				@Override
				public void committed() {
					index.committed(sourceIds -> projects.projectIdsBySourceId(IatiMapper.SOURCE, sourceIds));
				}

				@Override
				public void rolledBack() {
					clearUncommittedCaches();
				}

				@Override
				public void refused(MappedActivity record, String reason) {
					reject(new Rejection(record.file(), record.line(), reason));
				}
			});
			checkpoint = checkpoint.plus(position, batchRead, counts[0], counts[1], counts[2], batchRejected + counts[3]);
			batchRead = 0;
			batchRejected = 0;
			batch.clear();
		}

		/** Created, updated, unchanged. */
		private long[] write(List<MappedActivity> batch) {
			Map<String, LocalizedText> missingTerms = new LinkedHashMap<>();
			List<ImportedOrganisation> organisations = new ArrayList<>();
			Map<String, Long> organisationIds = new HashMap<>();
			for (MappedActivity activity : batch) {
				activity.content().sectors().stream()
					.filter(sector -> !termIds.containsKey(sector.slug()))
					.forEach(sector -> missingTerms.putIfAbsent(sector.slug(), sector.name()));
				for (ImportedOrganisation organisation : activity.content().organisations()) {
					Long seen = seenOrganisations.get(organisation.sourceId());
					if (seen != null) {
						organisationIds.put(organisation.sourceId(), seen);
					}
					else if (!organisationIds.containsKey(organisation.sourceId())) {
						organisations.add(organisation);
						organisationIds.put(organisation.sourceId(), null);
					}
				}
			}
			termIds.putAll(taxonomy.ensureTerms(IatiSectors.VOCABULARY, missingTerms));
			ImportedOrganisation.Written writtenOrganisations = projects.importOrganisations(organisations);
			organisationIds.putAll(writtenOrganisations.ids());
			List<ImportedProject> imported = batch.stream().map(this::toImported).toList();
			List<ImportedProject.Outcome> outcomes = projects.importProjects(imported, organisationIds,
					List.of(vocabularyId));
			long[] counts = new long[3];
			for (int i = 0; i < outcomes.size(); i++) {
				counts[outcomes.get(i).ordinal()]++;
				index.project(imported.get(i).grantId(), outcomes.get(i));
			}
			index.organisations(writtenOrganisations);
			organisations.forEach(o -> seenOrganisations.put(o.sourceId(), organisationIds.get(o.sourceId())));
			return counts;
		}

		private ImportedProject toImported(MappedActivity activity) {
			MappedActivity.Content c = activity.content();
			List<Long> terms = c.sectors().stream().map(sector -> termIds.get(sector.slug())).toList();
			return new ImportedProject(IatiMapper.SOURCE, c.identifier(), activity.hash(), c.slug(), c.acronym(),
					c.title(), c.summary(), c.objective(), null, null, c.status(), c.start(), c.end(), c.totalCost(),
					null, c.website(), null, null, null, null, c.countries(), terms, c.participants(),
					new ImportedProject.Details(true, c.countryPercentages(), c.regions(), c.budgets(), c.plannedStart(),
							c.actualStart(), c.plannedEnd(), c.actualEnd()));
		}

		/** Ids learnt in a transaction that was rolled back name nothing: forget what is not sure. */
		private void clearUncommittedCaches() {
			termIds.clear();
			seenOrganisations.clear();
			index.rolledBack();
		}

		/** A file's checkpoint key: its path, size and time of change, so that a changed file starts afresh. */
		private static String inputKey(Path file) throws IOException {
			Path path = file.toAbsolutePath().normalize();
			return IatiMapper.sha256("iati|" + path + "|" + Files.size(path) + "|" + Files.getLastModifiedTime(path).toMillis());
		}

	}

}
