package org.liaison.exchange.internal;

import java.io.IOException;
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
import org.liaison.exchange.ImportProgress;
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
 * Runs a CORDIS import: reads records one by one, maps them, and writes them in batches, each batch
 * with its checkpoint in one transaction. A batch the database refuses is written again record by
 * record, so that only the records it refuses are rejected.
 */
@Component
public class CordisImport {

	private static final Logger log = LoggerFactory.getLogger(CordisImport.class);

	/** Organisations written in this run, so that the first occurrence in the input wins (bounded). */
	private static final int SEEN_ORGANISATIONS = 200_000;

	private final ProjectService projects;

	private final TaxonomyService taxonomy;

	private final GeographyService geography;

	private final ImportCheckpoints checkpoints;

	private final TransactionTemplate transactions;

	private final BatchWrite<MappedProject> batchWrite;

	private final int batchSize;

	private final CsvParticipantStage participantStage;

	private final ImportIndexing indexing;

	CordisImport(CsvParticipantStage participantStage, ImportIndexing indexing, ProjectService projects, TaxonomyService taxonomy, GeographyService geography,
			ImportCheckpoints checkpoints, PlatformTransactionManager transactionManager,
			@Value("${liaison.exchange.batch-size:500}") int batchSize) {
		this.participantStage = participantStage;
		this.indexing = indexing;
		this.projects = projects;
		this.taxonomy = taxonomy;
		this.geography = geography;
		this.checkpoints = checkpoints;
		this.transactions = new TransactionTemplate(transactionManager);
		this.batchWrite = new BatchWrite<>(transactions);
		this.batchSize = batchSize;
	}

	public ImportSummary run(Path input, ImportProgress progress) throws IOException {
		return run(input, progress, batchSize);
	}

	public ImportSummary run(Path input, ImportProgress progress, int batchSize) throws IOException {
		if (!Files.exists(input)) {
			throw new IOException("There is no file or folder " + input);
		}
		long started = System.nanoTime();
		String key = inputKey(input);
		String name = input.toAbsolutePath().normalize().toString();
		ImportCheckpoints.Checkpoint checkpoint = checkpoints.find(key).orElse(ImportCheckpoints.Checkpoint.START);
		long resumedAfter = checkpoint.position();
		Run run = new Run(key, name, progress, checkpoint, new CordisMapper(new CordisCountries(geography.countryCodes())));
		boolean finished = false;
		try (RecordReader reader = new PrefetchingReader(open(input), 2 * Math.max(batchSize, 1))) {
			progress.started(name, reader.estimatedTotal(), resumedAfter);
			long position = 0;
			SourceItem item;
			while ((item = reader.next()) != null) {
				position++;
				if (position <= resumedAfter) {
					if (position % 1000 == 0) {
						progress.advanced(position, reader.estimatedTotal());
					}
					continue;
				}
				run.add(item);
				if (run.pending() >= batchSize) {
					run.flush(position);
				}
				if (position % 100 == 0) {
					progress.advanced(position, reader.estimatedTotal());
				}
			}
			run.flush(position);
			progress.advanced(position, position);
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
		checkpoints.delete(key);
		ImportCheckpoints.Checkpoint done = run.checkpoint;
		return new ImportSummary(name, done.read(), done.created(), done.updated(), done.unchanged(), done.rejected(),
				resumedAfter, Duration.ofNanos(System.nanoTime() - started));
	}

	private RecordReader open(Path input) throws IOException {
		String file = input.getFileName().toString().toLowerCase(Locale.ROOT);
		if (Files.isDirectory(input)) {
			try (Stream<Path> files = Files.list(input)) {
				if (files.noneMatch(CordisXmlReader::isXml) && Files.exists(input.resolve("project.csv"))) {
					return CordisCsvReader.open(input.resolve("project.csv"), participantStage);
				}
			}
			return CordisXmlReader.ofFiles(input);
		}
		if (file.endsWith(".zip")) {
			return CordisXmlReader.ofZip(input);
		}
		if (file.endsWith(".csv")) {
			return CordisCsvReader.open(input, participantStage);
		}
		if (file.endsWith(".xml")) {
			return CordisXmlReader.ofFiles(input);
		}
		throw new IOException(input + " is neither a zip, a folder, an XML file nor a CSV file");
	}

	/** Names an input as it is now: the same path with other contents is another input. */
	static String inputKey(Path input) throws IOException {
		Path path = input.toAbsolutePath().normalize();
		StringBuilder key = new StringBuilder("cordis|").append(path);
		if (Files.isDirectory(path)) {
			try (Stream<Path> files = Files.list(path)) {
				key.append('|').append(files.count());
			}
		}
		else {
			key.append('|').append(Files.size(path));
		}
		key.append('|').append(Files.getLastModifiedTime(path).toMillis());
		return CordisMapper.sha256(key.toString());
	}

	/** One run's state: the open batch, the caches of what is committed, the counts. */
	private final class Run {

		private final String key;

		private final String input;

		private final ImportProgress progress;

		private final CordisMapper mapper;

		private ImportCheckpoints.Checkpoint checkpoint;

		private final List<MappedProject> batch = new ArrayList<>();

		private final List<Rejection> rejections = new ArrayList<>();

		private long read;

		/** What the committed batches wrote, on its way into the search index. */
		private final ImportIndexing.Batch index = indexing.begin();

		private final Map<String, Long> vocabularyIds = new HashMap<>();

		private final Map<String, Long> termIds = new HashMap<>();

		private final Map<String, Long> programmeIds = new HashMap<>();

		private final Map<String, Long> seenOrganisations = new LinkedHashMap<>(1024, 0.75f, false) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
				return size() > SEEN_ORGANISATIONS;
			}
		};

		Run(String key, String input, ImportProgress progress, ImportCheckpoints.Checkpoint checkpoint,
				CordisMapper mapper) {
			this.key = key;
			this.input = input;
			this.progress = progress;
			this.checkpoint = checkpoint;
			this.mapper = mapper;
			transactions.executeWithoutResult(status -> {
				int position = 100;
				for (String[] vocabulary : new String[][] {
						{ CordisMapper.POLICY_PRIORITIES, "CORDIS policy priorities" },
						{ CordisMapper.EUROSCIVOC, "European Science Vocabulary (EuroSciVoc)" },
						{ CordisMapper.FUNDING_SCHEMES, "CORDIS funding schemes" },
						{ CordisMapper.TOPICS, "CORDIS topics" },
						{ CordisMapper.PROGRAMME_PARTS, "CORDIS programme parts (legal basis)" } }) {
					vocabularyIds.put(vocabulary[0],
							taxonomy.ensureVocabulary(vocabulary[0], LocalizedText.of("en", vocabulary[1]), position++).getId());
				}
			});
		}

		void add(SourceItem item) {
			read++;
			if (item instanceof SourceItem.Unreadable unreadable) {
				reject(new Rejection(unreadable.file(), unreadable.line(), unreadable.reason()));
			}
			else if (item instanceof CordisRecord record) {
				try {
					batch.add(mapper.map(record));
				}
				catch (CordisMapper.Rejected ex) {
					reject(new Rejection(record.file(), record.line(), ex.getMessage()));
				}
			}
		}

		private void reject(Rejection rejection) {
			rejections.add(rejection);
			progress.rejected(rejection);
		}

		int pending() {
			return batch.size() + rejections.size();
		}

		/** Writes the batch and the checkpoint at {@code position} in one transaction (see {@link BatchWrite}). */
		void flush(long position) {
			if (read == 0 && batch.isEmpty()) {
				return;
			}
			long[] counts = batchWrite.write(batch, new BatchWrite.Steps<>() {
				@Override
				public long[] batch(List<MappedProject> records) {
					return write(records, position, true);
				}

				@Override
				public long[] one(MappedProject record) {
					return write(List.of(record), position, false);
				}

				@Override
				public void checkpoint(long created, long updated, long unchanged, long refused) {
					// the refused are among the rejections already
					checkpoints.save(key, input,
							checkpoint.plus(position, read, created, updated, unchanged, rejections.size()));
				}

				@Override
				public void committed() {
					index.committed(projects::projectIdsByGrantId);
				}

				@Override
				public void rolledBack() {
					clearUncommittedCaches();
				}

				@Override
				public void refused(MappedProject record, String reason) {
					reject(new Rejection(record.file(), record.line(), reason));
				}
			});
			checkpoint = checkpoint.plus(position, read, counts[0], counts[1], counts[2], rejections.size());
			batch.clear();
			rejections.clear();
			read = 0;
			progress.committed(position);
		}

		/** Created, updated, unchanged of the projects; with the checkpoint when asked. */
		private long[] write(List<MappedProject> projectsToWrite, long position, boolean withCheckpoint) {
			List<ImportedOrganisation> organisations = new ArrayList<>();
			Map<String, Long> organisationIds = new HashMap<>();
			for (MappedProject project : projectsToWrite) {
				for (ImportedOrganisation organisation : project.organisations()) {
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
			ImportedOrganisation.Written writtenOrganisations = projects.importOrganisations(organisations);
			organisationIds.putAll(writtenOrganisations.ids());
			List<ImportedProject> imported = new ArrayList<>(projectsToWrite.size());
			for (MappedProject p : projectsToWrite) {
				imported.add(toImported(p));
			}
			List<ImportedProject.Outcome> outcomes = projects.importProjects(imported, organisationIds,
					vocabularyIds.values());
			long[] counts = new long[4];
			outcomes.forEach(outcome -> counts[outcome.ordinal()]++);
			for (int i = 0; i < outcomes.size(); i++) {
				index.project(projectsToWrite.get(i).grantId(), outcomes.get(i));
			}
			// An organisation's document is its own row only (no project data): it is indexed when
			// this run first creates or changes it, not with every project it takes part in.
			index.organisations(writtenOrganisations);
			if (withCheckpoint) {
				checkpoints.save(key, input,
						checkpoint.plus(position, read, counts[0], counts[1], counts[2], rejections.size()));
			}
			organisations.forEach(o -> seenOrganisations.put(o.sourceId(), organisationIds.get(o.sourceId())));
			return counts;
		}

		private ImportedProject toImported(MappedProject p) {
			Long programmeId = null;
			if (p.frameworkProgramme() != null) {
				programmeId = programmeIds.computeIfAbsent(p.frameworkProgramme(), code -> {
					String[] programme = CordisMapper.programme(code);
					return projects.ensureProgramme(programme[0], LocalizedText.of("en", programme[1]),
							(programme[2] == null) ? null : Integer.valueOf(programme[2]),
							(programme[3] == null) ? null : Integer.valueOf(programme[3])).getId();
				});
			}
			Map<String, Map<String, LocalizedText>> missing = new HashMap<>();
			for (MappedProject.TermRef term : p.terms()) {
				if (!termIds.containsKey(term.vocabulary() + "/" + term.slug())) {
					missing.computeIfAbsent(term.vocabulary(), v -> new HashMap<>())
						.put(term.slug(), LocalizedText.of(p.language(), term.name()));
				}
			}
			missing.forEach((vocabulary, names) -> taxonomy.ensureTerms(vocabulary, names)
				.forEach((slug, id) -> termIds.put(vocabulary + "/" + slug, id)));
			List<Long> terms = p.terms().stream().map(t -> termIds.get(t.vocabulary() + "/" + t.slug())).toList();
			return new ImportedProject(CordisMapper.SOURCE, p.grantId(), p.hash(), p.slug(), p.acronym(),
					LocalizedText.of(p.language(), p.title()), text(p.language(), p.teaser()),
					text(p.language(), p.objective()), p.keywords(), programmeId, p.status(), p.startDate(), p.endDate(),
					p.totalCost(), p.euContribution(), p.website(), p.callIdentifier(), p.topic(), p.fundingScheme(),
					p.legalBasis(), p.countries(), terms, p.participants());
		}

		private static LocalizedText text(String language, String text) {
			return (text == null) ? LocalizedText.empty() : LocalizedText.of(language, text);
		}

		/** Ids learnt in a transaction that was rolled back name nothing: forget what is not sure. */
		private void clearUncommittedCaches() {
			index.rolledBack();
			termIds.clear();
			programmeIds.clear();
			seenOrganisations.clear();
		}

	}

}
