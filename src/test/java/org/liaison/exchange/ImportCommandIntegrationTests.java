package org.liaison.exchange;

import java.io.File;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.liaison.support.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code liaison.jar import cordis PATH} as an administrator runs it: a JVM of its own (the
 * application's class path, without the test classes), its own data directory, no web server.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("separate-liaison-processes")
class ImportCommandIntegrationTests {

	@TempDir
	Path temp;

	@Test
	void importsPrintsTheSummaryAndExitsWithOneWhenRecordsWereRejected() throws Exception {
		Path input = Files.createDirectories(temp.resolve("input"));
		String good = Files.readString(CordisImportIntegrationTests.SAMPLE.resolve("267745.xml"));
		Files.writeString(input.resolve("good.xml"), good);
		Files.writeString(input.resolve("bad.xml"), good.replace("101188086", "994000001").replace("<status>SIGNED", "<status>LOST"));
		Path data = TestDatabaseInitializer.freshDataDirectory();

		Result first = run(data, "import", "cordis", input.toString());
		assertThat(first.exitCode).as(first.toString()).isEqualTo(1);
		assertThat(first.stdout).contains("read 2, created 1, updated 0, unchanged 0, rejected 1");
		assertThat(first.stderr).contains("rejected bad.xml:2: status 'LOST' is none of SIGNED, CLOSED, TERMINATED");

		Files.delete(input.resolve("bad.xml"));
		Result second = run(data, "import", "cordis", input.toString());
		assertThat(second.exitCode).as(second.toString()).isZero();
		assertThat(second.stdout).contains("read 1, created 0, updated 0, unchanged 1, rejected 0");
		assertThat(second.stdout).doesNotContain("Tomcat").doesNotContain("Liaison is ready");

		Result usage = run(data, "import", "cordis");
		assertThat(usage.exitCode).isEqualTo(2);
		assertThat(usage.stderr).contains("Usage: java -jar liaison.jar import cordis PATH");
	}

	@Test
	void refusesToRunBesideALiaisonThatHoldsTheDataDirectory() throws Exception {
		Path data = Files.createDirectories(TestDatabaseInitializer.freshDataDirectory());
		// the lock a running Liaison holds (EmbeddedPostgresServer), held here by this JVM
		try (FileChannel channel = FileChannel.open(data.resolve("liaison.lock"), StandardOpenOption.CREATE,
				StandardOpenOption.READ, StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
			channel.write(ByteBuffer.wrap("4242".getBytes(StandardCharsets.UTF_8)));
			Result result = run(data, "import", "cordis", CordisImportIntegrationTests.SAMPLE.toString());
			assertThat(result.exitCode).as(result.toString()).isEqualTo(3);
			assertThat(result.stderr).contains("Liaison is running on the data directory " + data + " (process 4242)")
				.contains("does not answer").contains("run the import again");
		}
	}

	private Result run(Path data, String... args) throws IOException, InterruptedException {
		return command(temp, java.util.Map.of("LIAISON_DATA_DIRECTORY", data.toString()), args);
	}

	/** Runs {@code liaison.jar} with these arguments in a JVM of its own, with these LIAISON_ variables only. */
	static Result command(Path temp, java.util.Map<String, String> environment, String... args)
			throws IOException, InterruptedException {
		String java = ProcessHandle.current().info().command()
			.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter(entry -> !entry.endsWith("test-classes"))
			.collect(Collectors.joining(File.pathSeparator));
		List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m",
				"-cp", classPath, "org.liaison.LiaisonApplication"));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().keySet().removeIf(key -> key.startsWith("LIAISON_"));
		builder.environment().putAll(environment);
		Path out = Files.createTempFile(temp, "out", ".log");
		Path err = Files.createTempFile(temp, "err", ".log");
		builder.redirectOutput(out.toFile()).redirectError(err.toFile());
		Process process = builder.start();
		if (!process.waitFor(300, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("the import command did not end in 300 s: " + Files.readString(out));
		}
		return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
	}

	record Result(int exitCode, String stdout, String stderr) {
	}

}
