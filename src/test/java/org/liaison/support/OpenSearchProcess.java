package org.liaison.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * An OpenSearch 2.19 node in a JVM of its own, for tests of the Elasticsearch/OpenSearch backend.
 * OpenSearch 2.19 is built on Lucene 9.12.1 and Netty 4.1, where the tests' class path holds
 * Hibernate Search's Lucene 9.12.3 and Boot's Netty 4.2, so the node gets its own class path: {@code src/test/opensearch/pom.xml}'s dependencies, which
 * the checkout's Maven wrapper resolves once per build into {@code target/opensearch-node.classpath}
 * (downloading them on a fresh machine), and {@code src/test/opensearch/OpenSearchNode.java} runs
 * on it with Java's source launcher. {@link #start()} returns as soon as the process runs, so that
 * the node boots while the application does; {@link #hosts()} waits until it is ready. The node
 * stops on {@link #close()}, and by itself when this JVM ends (its standard input closes).
 */
public final class OpenSearchProcess implements AutoCloseable {

	static final Path NODE_DIRECTORY = Path.of("src", "test", "opensearch");

	static final Path CLASS_PATH_FILE = Path.of("target", "opensearch-node.classpath");

	private static final Duration RESOLVE_TIMEOUT = Duration.ofMinutes(10);

	private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

	private static final String READY = "OPENSEARCH READY ";

	private static final int TAIL_LINES = 40;

	private final Process process;

	private final int port;

	private final Deque<String> tail = new ArrayDeque<>();

	private final CountDownLatch ready = new CountDownLatch(1);

	private final long startedAt;

	private OpenSearchProcess(Process process, int port) {
		this.process = process;
		this.port = port;
		this.startedAt = System.nanoTime();
		Thread reader = new Thread(this::readOutput, "opensearch-node-output");
		reader.setDaemon(true);
		reader.start();
	}

	/** Starts a node on a free port, without waiting for it to be ready. */
	public static OpenSearchProcess start() {
		String classPath = nodeClassPath();
		int port = freePort();
		Path data = Path.of("target", "opensearch", UUID.randomUUID().toString()).toAbsolutePath();
		ProcessBuilder builder = new ProcessBuilder(javaCommand(), "-Xmx512m", "-cp", classPath,
				NODE_DIRECTORY.resolve("OpenSearchNode.java").toString(), data.toString(), String.valueOf(port))
			.redirectErrorStream(true);
		OpenSearchProcess node;
		try {
			Files.createDirectories(data);
			node = new OpenSearchProcess(builder.start(), port);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + String.join(" ", builder.command().subList(0, 2)), ex);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(node::close, "opensearch-node-stop"));
		return node;
	}

	/**
	 * Where the node answers HTTP, {@code host:port} as {@code liaison.search.hosts} wants it, once
	 * its cluster is at least yellow (waiting up to 120 seconds for it).
	 */
	public String hosts() {
		awaitReady();
		return "127.0.0.1:" + port;
	}

	/** Stops the node (SIGTERM: it closes cleanly), forcibly if it has not stopped after 30 seconds. */
	@Override
	public void close() {
		if (!process.isAlive()) {
			return;
		}
		process.destroy();
		try {
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	private synchronized void awaitReady() {
		if (ready.getCount() == 0) {
			return;
		}
		long waitingSince = System.nanoTime();
		try {
			while (!ready.await(1, TimeUnit.SECONDS)) {
				if (!process.isAlive()) {
					// let the reader take the last lines
					process.waitFor();
					Thread.sleep(200);
					throw new IllegalStateException("The OpenSearch node ended with exit code " + process.exitValue()
							+ " before it was ready. Its last output:\n" + tail());
				}
				if (System.nanoTime() - startedAt > START_TIMEOUT.toNanos()) {
					close();
					throw new IllegalStateException("The OpenSearch node was not ready after " + START_TIMEOUT.toSeconds()
							+ " s (no '" + READY.strip() + "' line) and was stopped. Its last output:\n" + tail());
				}
			}
			System.out.printf("OpenSearch node on port %d ready %d s after its start (waited for %d s)%n", port,
					TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startedAt),
					TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - waitingSince));
		}
		catch (InterruptedException ex) {
			close();
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the OpenSearch node started", ex);
		}
	}

	private void readOutput() {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				synchronized (tail) {
					if (tail.size() == TAIL_LINES) {
						tail.removeFirst();
					}
					tail.addLast(line);
				}
				if (line.contains(READY + port)) {
					ready.countDown();
				}
			}
		}
		catch (IOException ex) {
			// the process is gone; its exit code says the rest
		}
	}

	private String tail() {
		synchronized (tail) {
			return String.join("\n", tail);
		}
	}

	/**
	 * The node's class path, resolved by Maven once per build (again when the node's pom changes, or
	 * after {@code mvn clean}).
	 */
	static synchronized String nodeClassPath() {
		Path file = CLASS_PATH_FILE.toAbsolutePath();
		Path pom = NODE_DIRECTORY.resolve("pom.xml");
		try {
			if (!Files.isRegularFile(pom)) {
				throw new IllegalStateException("No " + pom.toAbsolutePath()
						+ ": the OpenSearch tests run from the checkout's root directory");
			}
			if (Files.isRegularFile(file) && !isOlder(file, pom)) {
				return Files.readString(file).strip();
			}
			boolean windows = System.getProperty("os.name").startsWith("Windows");
			List<String> command = List.of(Path.of(windows ? "mvnw.cmd" : "mvnw").toAbsolutePath().toString(), "-q", "-B",
					"-f", pom.toString(), "dependency:build-classpath", "-Dmdep.outputFile=" + file);
			Path log = file.resolveSibling("opensearch-node-classpath.log");
			Files.createDirectories(file.getParent());
			Files.deleteIfExists(file);
			Process maven = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
			maven.getOutputStream().close();
			if (!maven.waitFor(RESOLVE_TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
				maven.destroyForcibly();
				throw new IllegalStateException("Resolving the OpenSearch node's class path took over "
						+ RESOLVE_TIMEOUT.toMinutes() + " minutes: " + String.join(" ", command) + "\n" + lastLines(log));
			}
			if (maven.exitValue() != 0 || !Files.isRegularFile(file)) {
				throw new IllegalStateException("Could not resolve the OpenSearch node's class path (exit code "
						+ maven.exitValue() + "): " + String.join(" ", command) + "\n" + lastLines(log));
			}
			return Files.readString(file).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not resolve the OpenSearch node's class path", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static boolean isOlder(Path file, Path than) throws IOException {
		FileTime fileTime = Files.getLastModifiedTime(file);
		return fileTime.compareTo(Files.getLastModifiedTime(than)) < 0;
	}

	private static String lastLines(Path log) throws IOException {
		List<String> lines = Files.readAllLines(log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
	}

	/** The {@code java} that runs these tests. */
	private static String javaCommand() {
		return ProcessHandle.current().info().command()
			.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port for OpenSearch", ex);
		}
	}

}
