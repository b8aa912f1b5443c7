package org.liaison.database;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL that Liaison runs for itself when no external database is configured.
 * <p>
 * Its files live under {@code <data directory>/postgres}. A lock file beside them keeps two
 * Liaisons off the same data; what a Liaison that was killed left behind is cleared by
 * {@link LeftoverPostmaster} before a new PostgreSQL starts.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	static final String DATABASE = "liaison";

	static final String USER = "postgres";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	static final String LOCK_FILE = "liaison.lock";

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
			Path lockFile = directory.resolve(LOCK_FILE);
			channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE);
			lock = tryLock(channel);
			if (lock == null) {
				String holder = Files.readString(lockFile, StandardCharsets.UTF_8).strip();
				throw new DatabaseStartupException("The data directory " + directory
						+ " is in use by another running Liaison" + (holder.isEmpty() ? "" : " (process " + holder + ")"),
						"Stop that Liaison, or give this one its own data directory with LIAISON_DATA_DIRECTORY.", null);
			}
			channel.truncate(0);
			channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
			Path pgData = directory.resolve("postgres");
			LeftoverPostmaster.clear(pgData);
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
	 * The process id of the Liaison that holds the data directory's lock, when one runs on it: for
	 * commands (such as an import) that must not start a second PostgreSQL on the same data.
	 * Empty when the directory is free (or does not exist).
	 */
	public static java.util.Optional<String> runningLiaison(Path dataDirectory) {
		Path lockFile = dataDirectory.toAbsolutePath().normalize().resolve(LOCK_FILE);
		if (!Files.exists(lockFile)) {
			return java.util.Optional.empty();
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
			FileLock probe = tryLock(channel);
			if (probe != null) {
				probe.release();
				return java.util.Optional.empty();
			}
			String holder = Files.readString(lockFile, StandardCharsets.UTF_8).strip();
			return java.util.Optional.of(holder.isEmpty() ? "unknown" : holder);
		}
		catch (IOException ex) {
			return java.util.Optional.empty();
		}
	}

	/** The lock, or null when another process (or another context in this JVM) holds it. */
	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			return null;
		}
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
