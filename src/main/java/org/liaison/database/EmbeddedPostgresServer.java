package org.liaison.database;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL that Liaison runs for itself when no external database is configured.
 * <p>
 * Its files live under {@code <data directory>/postgres}. A lock file beside them keeps two
 * Liaisons off the same data; a PostgreSQL left running by a Liaison that was killed is found
 * through its {@code postmaster.pid} and shut down cleanly before a new one starts.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	static final String DATABASE = "liaison";

	static final String USER = "postgres";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final Duration ORPHAN_SHUTDOWN_WAIT = Duration.ofSeconds(60);

	private final FileChannel lockChannel;

	private final FileLock lock;

	private final EmbeddedPostgres postgres;

	private EmbeddedPostgresServer(FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres) {
		this.lockChannel = lockChannel;
		this.lock = lock;
		this.postgres = postgres;
	}

	/** Starts the embedded PostgreSQL on the data under {@code dataDirectory}, creating it on first use. */
	public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
		Path directory = dataDirectory.toAbsolutePath().normalize();
		FileChannel channel = null;
		FileLock lock = null;
		try {
			Files.createDirectories(directory);
			channel = new RandomAccessFile(directory.resolve("liaison.lock").toFile(), "rw").getChannel();
			lock = channel.tryLock();
			if (lock == null) {
				String holder = new String(Files.readAllBytes(directory.resolve("liaison.lock")), StandardCharsets.UTF_8)
					.strip();
				throw new DatabaseStartupException("The data directory " + directory
						+ " is in use by another running Liaison" + (holder.isEmpty() ? "" : " (process " + holder + ")"),
						"Stop that Liaison, or give this one its own data directory with LIAISON_DATA_DIRECTORY.", null);
			}
			channel.truncate(0);
			channel.write(java.nio.ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
			Path pgData = directory.resolve("postgres");
			stopOrphan(pgData);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(pgData.toFile())
				.setCleanDataDirectory(false)
				// zonky starts PostgreSQL with fsync off, which is fine for tests and loses data on a
				// crash of the machine: a product's data needs both on.
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("listen_addresses", "127.0.0.1")
				.setPGStartupWait(Duration.ofSeconds(60));
			if (port > 0) {
				builder.setPort(port);
			}
			EmbeddedPostgres postgres = builder.start();
			createDatabaseIfMissing(postgres);
			log.info("Embedded PostgreSQL is running on port {} with its data in {}", postgres.getPort(), pgData);
			return new EmbeddedPostgresServer(channel, lock, postgres);
		}
		catch (IOException | SQLException | RuntimeException ex) {
			release(channel, lock);
			if (ex instanceof DatabaseStartupException startup) {
				throw startup;
			}
			throw new DatabaseStartupException("The embedded PostgreSQL could not start in " + directory + ": "
					+ rootMessage(ex), "Check that the directory is writable and not damaged; its log is in "
					+ directory.resolve("postgres"), ex);
		}
	}

	/**
	 * A Liaison killed with {@code kill -9} leaves its PostgreSQL running on the data directory.
	 * We hold the lock now, so no living Liaison owns it: ask it to shut down (SIGTERM, PostgreSQL's
	 * "smart" shutdown, which finishes cleanly because the dead process's connections are gone).
	 */
	static void stopOrphan(Path pgData) throws IOException {
		Optional<ProcessHandle> orphan = orphanPostmaster(pgData);
		if (orphan.isEmpty()) {
			return;
		}
		ProcessHandle process = orphan.get();
		log.warn("Stopping the PostgreSQL (process {}) left running on {} by a Liaison that did not shut down",
				process.pid(), pgData);
		process.destroy();
		try {
			process.onExit().get(ORPHAN_SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new DatabaseStartupException("The PostgreSQL left running on " + pgData + " (process " + process.pid()
					+ ") did not stop within " + ORPHAN_SHUTDOWN_WAIT.toSeconds() + " s",
					"Stop process " + process.pid() + " and start Liaison again.", ex);
		}
	}

	static Optional<ProcessHandle> orphanPostmaster(Path pgData) throws IOException {
		Path pidFile = pgData.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		long pid;
		try {
			pid = Long.parseLong(lines.get(0).strip());
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		return ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			try (ResultSet rs = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
				if (rs.next()) {
					return;
				}
			}
			statement.execute("create database " + DATABASE + " encoding 'UTF8'");
		}
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
	}

	public int port() {
		return postgres.getPort();
	}

	@Override
	public void close() throws IOException {
		try {
			postgres.close();
		}
		finally {
			release(lockChannel, lock);
		}
	}

	private static void release(FileChannel channel, FileLock lock) {
		try {
			if (lock != null && lock.isValid()) {
				lock.release();
			}
			if (channel != null) {
				channel.close();
			}
		}
		catch (IOException ex) {
			log.debug("Could not release the data directory lock", ex);
		}
	}

	static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
	}

}
