package org.liaison.database;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A Liaison started as a person starts it: its own JVM, configured through environment variables,
 * its output captured in files under {@code target/startup-tests}. Closing it stops it (SIGTERM)
 * and then stops any PostgreSQL it left running, so that a failed test leaves no process behind.
 */
final class LiaisonProcess implements AutoCloseable {

	static final Duration START_TIMEOUT = Duration.ofSeconds(90);

	private static final Path OUTPUT_ROOT = Path.of("target", "startup-tests").toAbsolutePath();

	private static final AtomicInteger counter = new AtomicInteger();

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final Process process;

	private final int port;

	private final Path dataDirectory;

	private final Path stdout;

	private final Path stderr;

	private LiaisonProcess(String name, Process process, int port, Path dataDirectory, Path stdout, Path stderr) {
		this.name = name;
		this.process = process;
		this.port = port;
		this.dataDirectory = dataDirectory;
		this.stdout = stdout;
		this.stderr = stderr;
	}

	/**
	 * Starts Liaison on {@code port} with its data in {@code dataDirectory} (LIAISON_DATA_DIRECTORY)
	 * and the given extra environment; the demo data set is off, any LIAISON_* variable of this JVM is
	 * left out.
	 */
	static LiaisonProcess start(String name, Path dataDirectory, int port, Map<String, String> environment) {
		Path output = OUTPUT_ROOT.resolve(counter.incrementAndGet() + "-" + name);
		try {
			Files.createDirectories(output);
			ProcessBuilder builder = new ProcessBuilder(command(port));
			builder.environment().keySet().removeIf(key -> key.startsWith("LIAISON_") || key.equals("PORT"));
			builder.environment().put("LIAISON_DEMO", "false");
			builder.environment().put(DatabaseSettings.DATA_DIRECTORY_VARIABLE, dataDirectory.toString());
			builder.environment().putAll(environment);
			builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
			builder.redirectOutput(output.resolve("stdout.log").toFile());
			builder.redirectError(output.resolve("stderr.log").toFile());
			return new LiaisonProcess(name, builder.start(), port, dataDirectory, output.resolve("stdout.log"),
					output.resolve("stderr.log"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> command(int port) {
		String java = ProcessHandle.current().info().command()
			.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		// The application's class path, without the test classes: a test resource must not
		// configure the Liaison under test.
		String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter(entry -> !entry.endsWith("test-classes"))
			.collect(Collectors.joining(File.pathSeparator));
		return List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m", "-cp", classPath,
				"org.liaison.LiaisonApplication", "--server.port=" + port);
	}

	/** A loopback port that nothing listens on at the moment. */
	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Waits until Liaison says it is ready to serve (start-up runners included). */
	LiaisonProcess awaitReady() {
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new AssertionError(name + " exited with " + process.exitValue() + " before it was ready:\n" + output());
			}
			if (status("/actuator/health/readiness") == 200) {
				return this;
			}
			sleep(Duration.ofMillis(250));
		}
		throw new AssertionError(name + " was not ready within " + START_TIMEOUT.toSeconds() + " s:\n" + output());
	}

	/** Waits for Liaison to exit by itself and gives its exit code. */
	int awaitExit() {
		try {
			if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				throw new AssertionError(name + " did not exit within " + START_TIMEOUT.toSeconds() + " s:\n" + output());
			}
			return process.exitValue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	/** {@code kill -9}: no shutdown hook runs, the embedded PostgreSQL is left running. */
	void kill() {
		process.destroyForcibly();
		awaitExit();
	}

	/** {@code kill} (SIGTERM): Liaison shuts down as it would under a service manager. */
	int stop() {
		process.destroy();
		return awaitExit();
	}

	int status(String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(5))
			.build();
		try {
			return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	/** A connection to the embedded PostgreSQL, found through its {@code postmaster.pid}. */
	Connection connectToEmbeddedDatabase() throws SQLException, IOException {
		return connectToEmbeddedDatabase(dataDirectory);
	}

	static Connection connectToEmbeddedDatabase(Path dataDirectory) throws SQLException, IOException {
		List<String> pidFile = Files.readAllLines(postgresDirectory(dataDirectory).resolve("postmaster.pid"));
		String port = pidFile.get(3).strip();
		return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + EmbeddedPostgresServer.DATABASE,
				EmbeddedPostgresServer.USER, "");
	}

	static Path postgresDirectory(Path dataDirectory) {
		return dataDirectory.resolve("postgres");
	}

	int port() {
		return port;
	}

	Path dataDirectory() {
		return dataDirectory;
	}

	String stdout() {
		return read(stdout);
	}

	String stderr() {
		return read(stderr);
	}

	List<String> stderrLines() {
		return stderr().lines().filter(line -> !line.isBlank()).toList();
	}

	/** Lines of a Java stack trace anywhere in the output. */
	List<String> stackTraceLines() {
		List<String> lines = new ArrayList<>();
		for (String line : (stdout() + "\n" + stderr()).split("\\R")) {
			if (line.startsWith("\tat ") || line.matches("\\s+at [\\w.$]+\\(.*\\)") || line.startsWith("Caused by: ")) {
				lines.add(line);
			}
		}
		return lines;
	}

	String output() {
		return "--- stdout (" + stdout + ")\n" + tail(stdout()) + "\n--- stderr\n" + stderr();
	}

	@Override
	public void close() throws IOException {
		if (process.isAlive()) {
			process.destroy();
			try {
				if (!process.waitFor(30, TimeUnit.SECONDS)) {
					process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		stopLeftoverPostgres(dataDirectory);
	}

	/**
	 * Stops a PostgreSQL that a killed Liaison left running on {@code dataDirectory}; one whose
	 * Liaison still lives (it holds the data directory's lock) is not a leftover and is left alone.
	 */
	static void stopLeftoverPostgres(Path dataDirectory) throws IOException {
		Path lockFile = dataDirectory.resolve(EmbeddedPostgresServer.LOCK_FILE);
		if (!Files.exists(lockFile)) {
			return;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
				FileLock lock = channel.tryLock()) {
			if (lock == null) {
				return;
			}
			var leftover = LeftoverPostmaster.find(postgresDirectory(dataDirectory));
			if (leftover.isPresent()) {
				leftover.get().destroy();
				leftover.get().onExit().orTimeout(30, TimeUnit.SECONDS).join();
			}
		}
		catch (OverlappingFileLockException ex) {
			// this JVM holds it: not a leftover either
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "";
		}
	}

	private static String tail(String text) {
		List<String> lines = text.lines().toList();
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

}
