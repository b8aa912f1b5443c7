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

	private final int batchSize;

	IatiImport(ProjectService projects, TaxonomyService taxonomy, GeographyService geography,
			PlatformTransactionManager transactionManager, @Value("${liaison.exchange.batch-size:500}") int batchSize) {
		this.projects = projects;
		this.taxonomy = taxonomy;
		this.geography = geography;
		this.transactions = new TransactionTemplate(transactionManager);
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
		Run run = new Run(listener, new IatiMapper(geography.countryCodes()));
		List<FileResult> results = new ArrayList<>();
		for (Path file : files) {
			FileResult result = run.importFile(file);
			results.add(result);
			listener.fileDone(result);
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

		private final Map<String, Long> seenOrganisations = new LinkedHashMap<>(1024, 0.75f, false) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
				return size() > SEEN_ORGANISATIONS;
			}
		};

		Run(Listener listener, IatiMapper mapper) {
			this.listener = listener;
			this.mapper = mapper;
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
			long[] counts = new long[5];
			List<MappedActivity> batch = new ArrayList<>();
			try (InputStream in = Files.newInputStream(file); IatiActivityReader reader = new IatiActivityReader(in, name)) {
				IatiActivity activity;
				while ((activity = reader.next()) != null) {
					counts[0]++;
					try {
						batch.add(mapper.map(activity));
					}
					catch (IatiMapper.Rejected ex) {
						counts[4]++;
						reject(new Rejection(name, activity.line(), ex.getMessage()));
					}
					if (batch.size() >= batchSize) {
						flush(batch, counts);
					}
				}
				flush(batch, counts);
			}
			return new FileResult(name, null, counts[0], counts[1], counts[2], counts[3], counts[4]);
		}

		private void reject(Rejection rejection) {
			if (reported.size() < REPORTED_REJECTIONS) {
				reported.add(rejection);
			}
			listener.rejected(rejection);
		}

		/** Writes the batch in one transaction, or, when the database refuses it, activity by activity. */
		private void flush(List<MappedActivity> batch, long[] counts) {
			if (batch.isEmpty()) {
				return;
			}
			try {
				add(counts, transactions.execute(status -> write(batch)));
			}
			catch (RuntimeException ex) {
				log.debug("A batch of {} activities was refused; writing them one by one", batch.size(), ex);
				clearUncommittedCaches();
				for (MappedActivity activity : batch) {
					try {
						add(counts, transactions.execute(status -> write(List.of(activity))));
					}
					catch (RuntimeException refused) {
						clearUncommittedCaches();
						counts[4]++;
						reject(new Rejection(activity.file(), activity.line(),
								"refused by the database: " + rootMessage(refused)));
					}
				}
			}
			batch.clear();
		}

		private static void add(long[] counts, long[] written) {
			counts[1] += written[0];
			counts[2] += written[1];
			counts[3] += written[2];
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
			organisationIds.putAll(projects.importOrganisations(organisations));
			List<ImportedProject> imported = batch.stream().map(this::toImported).toList();
			List<ImportedProject.Outcome> outcomes = projects.importProjects(imported, organisationIds,
					List.of(vocabularyId));
			long[] counts = new long[3];
			outcomes.forEach(outcome -> counts[outcome.ordinal()]++);
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
		}

		private static String rootMessage(Throwable ex) {
			Throwable root = ex;
			while (root.getCause() != null && root.getCause() != root) {
				root = root.getCause();
			}
			String message = (root.getMessage() == null) ? root.getClass().getSimpleName() : root.getMessage();
			return message.lines().findFirst().orElse(message);
		}

	}

}
