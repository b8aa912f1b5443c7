package org.liaison.search.internal;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import org.liaison.database.DatabaseSettings;
import org.liaison.support.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar liaison.jar reindex}, as a separate JVM on a fresh data directory: no web
 * server, progress lines, every index rebuilt, exit code 0.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("separate-liaison-processes")
class ReindexCommandTests {

	@Test
	void rebuildsEveryIndexPrintsProgressAndExitsWithZero() throws Exception {
		Path data = TestDatabaseInitializer.freshDataDirectory();
		Path output = Path.of("target", "reindex-command").toAbsolutePath();
		Files.createDirectories(output);
		ProcessBuilder builder = new ProcessBuilder(command("reindex"));
		builder.environment().keySet().removeIf(key -> key.startsWith("LIAISON_") || key.equals("PORT"));
		builder.environment().put(DatabaseSettings.DATA_DIRECTORY_VARIABLE, data.toString());
		builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
		builder.redirectOutput(output.resolve("stdout.log").toFile());
		builder.redirectError(output.resolve("stderr.log").toFile());
		Process process = builder.start();
		boolean exited = process.waitFor(150, TimeUnit.SECONDS);
		if (!exited) {
			process.destroyForcibly();
		}
		String stdout = Files.readString(output.resolve("stdout.log"));
		assertThat(exited).as("reindex exits by itself; output:\n" + stdout).isTrue();
		assertThat(process.exitValue()).as("exit code; stderr:\n" + Files.readString(output.resolve("stderr.log")))
			.isZero();
		assertThat(stdout).contains("Rebuilding the search index from the database")
			.containsPattern("Search index: [\\d,]+ documents")
			.containsPattern("country\\s+249")
			.contains("Search index rebuilt:")
			.doesNotContain("Tomcat started")
			.doesNotContain("Demo data set loaded");
	}

	private static List<String> command(String... arguments) {
		String java = ProcessHandle.current().info().command()
			.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter(entry -> !entry.endsWith("test-classes"))
			.collect(Collectors.joining(File.pathSeparator));
		List<String> command = new java.util.ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
				"-Xmx512m", "-cp", classPath, "org.liaison.LiaisonApplication"));
		command.addAll(List.of(arguments));
		return command;
	}

}
