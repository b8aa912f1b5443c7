package org.liaison.exchange.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;

import org.liaison.exchange.ImportJob;
import org.liaison.exchange.ImportSummary;
import org.liaison.security.AuditAction;
import org.liaison.security.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The server's imports: uploaded in the back office or handed over by the {@code import} command
 * while the server runs. They run one at a time, in the order they came, on a thread of their own;
 * their state stays readable (the last {@value #KEPT} jobs) while and after they run. Uploaded
 * files are kept under the data directory's {@code imports/} until their job ends.
 */
@Component
public class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	static final int KEPT = 50;

	public static final List<String> KINDS = List.of("cordis");

	private final CordisImport cordis;

	private final AuditLog audit;

	private final Path uploads;

	private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "liaison-import");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<String, ImportJob> jobs = Collections.synchronizedMap(new LinkedHashMap<>() {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, ImportJob> eldest) {
			return size() > KEPT && eldest.getValue().finished();
		}
	});

	ImportJobs(CordisImport cordis, AuditLog audit,
			@Value("${liaison.database.data-directory:data}") Path dataDirectory) {
		this.cordis = cordis;
		this.audit = audit;
		this.uploads = dataDirectory.resolve("imports");
	}

	/** A fresh folder for an upload's files, under the data directory. */
	public Path newUploadFolder() {
		try {
			return Files.createDirectories(uploads.resolve(UUID.randomUUID().toString()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a folder for the upload under " + uploads, ex);
		}
	}

	/**
	 * Queues an import of {@code input} (a file or folder the server can read).
	 * @param uploaded whether {@code input} is an upload's folder, deleted when the job ends
	 */
	public ImportJob submit(String kind, Path input, String actor, boolean uploaded) {
		if (!KINDS.contains(kind)) {
			throw new IllegalArgumentException("Unknown import kind '" + kind + "': expected one of " + KINDS);
		}
		if (!Files.exists(input)) {
			throw new IllegalArgumentException("There is no file or folder " + input);
		}
		ImportJob job = new ImportJob(UUID.randomUUID().toString(), kind, uploaded ? uploadName(input)
				: input.getFileName().toString(), actor);
		jobs.put(job.id(), job);
		audit.record(actor, AuditAction.IMPORT, "import:" + job.id(), "queued " + kind + " " + input.toAbsolutePath());
		runner.execute(() -> run(job, input, uploaded));
		return job;
	}

	private void run(ImportJob job, Path input, boolean uploaded) {
		job.running();
		try {
			Path source = uploaded ? single(input) : input;
			ImportSummary summary = cordis.run(source, job);
			job.done(summary);
			audit.record(job.actor(), AuditAction.IMPORT, "import:" + job.id(), "CORDIS " + job.input() + ": " + summary);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Import {} of {} failed", job.id(), job.input(), ex);
			job.failed(ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage());
			audit.record(job.actor(), AuditAction.IMPORT, "import:" + job.id(), "failed: " + job.failure());
		}
		finally {
			if (uploaded) {
				deleteQuietly(input);
			}
		}
	}

	/** What an upload is called on its page: its file's name, or its files' names. */
	private static String uploadName(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
			return (names.size() <= 3) ? String.join(", ", names)
					: names.get(0) + ", " + names.get(1) + " … (" + names.size() + " files)";
		}
		catch (IOException ex) {
			return folder.getFileName().toString();
		}
	}

	/** An upload of one file imports that file; of several (the CSV pair, XML files), the folder. */
	private static Path single(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			List<Path> all = files.toList();
			return (all.size() == 1) ? all.get(0) : folder;
		}
	}

	private static void deleteQuietly(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			log.warn("Could not delete the uploaded files in {}", folder, ex);
		}
	}

	public Optional<ImportJob> find(String id) {
		return Optional.ofNullable(jobs.get(id));
	}

	/** The jobs kept, newest first. */
	public List<ImportJob> recent() {
		List<ImportJob> all;
		synchronized (jobs) {
			all = new ArrayList<>(jobs.values());
		}
		Collections.reverse(all);
		return all;
	}

	@PreDestroy
	void stop() {
		runner.shutdownNow();
	}

}
