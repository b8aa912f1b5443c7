package org.liaison.exchange.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.liaison.support.TestDatabaseInitializer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code import iati PATH} as the command runs it (same context as the IATI import tests): a line
 * per file, rejections on standard error, the exit code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "liaison.demo.enabled=false", "liaison.exchange.batch-size=50" })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class IatiImportCommandIntegrationTests {

	static final Path SAMPLE = Path.of("src/test/resources/iati/samples/activity-standard-example-annotated.xml");

	@Autowired
	ImportCommandRunner runner;

	@TempDir
	Path temp;

	@Test
	void printsALinePerFileAndFailsWhenAFileIsRefused() throws IOException {
		Path folder = Files.createDirectories(temp.resolve("publisher"));
		Files.writeString(folder.resolve("a-good.xml"),
				Files.readString(SAMPLE).replace("AA-AAA-123456789-ABC123", "XX-COMMAND-1"));
		Files.writeString(folder.resolve("b-broken.xml"), Files.readString(SAMPLE)
			.replace("AA-AAA-123456789-ABC123", "XX-COMMAND-2")
			.replace("<activity-status code=\"2\" />", "<activity-status />"));
		Files.writeString(folder.resolve("notes.txt"), "not an IATI file");

		Result first = run(folder);
		assertThat(first.code).isEqualTo(ImportCommand.REJECTED);
		assertThat(first.out.lines().filter(l -> l.startsWith("imported ") || l.startsWith("refused ")).toList())
			.hasSize(2)
			.first()
			.isEqualTo("imported " + folder.resolve("a-good.xml") + ": read 1, created 1, updated 0, unchanged 0, rejected 0");
		assertThat(first.out).containsPattern("refused  " + java.util.regex.Pattern.quote(folder.resolve("b-broken.xml").toString())
				+ ": line 66, column \\d+, /iati-activities/iati-activity/activity-status: .*'code'.*'activity-status'");
		assertThat(first.out).contains("IATI import of " + folder.toAbsolutePath().normalize())
			.contains("2 files, 1 refused; activities read 1, created 1");

		Files.delete(folder.resolve("b-broken.xml"));
		Result second = run(folder);
		assertThat(second.code).isEqualTo(ImportCommand.OK);
		assertThat(second.out).contains("imported " + folder.resolve("a-good.xml")
				+ ": read 1, created 0, updated 0, unchanged 1, rejected 0");
	}

	@Test
	void printsRejectedActivitiesWithFileAndLine() throws IOException {
		Path file = temp.resolve("one.xml");
		Files.writeString(file, Files.readString(SAMPLE).replace("AA-AAA-123456789-ABC123", "XX-COMMAND-3")
			.replace("<recipient-country code=\"AF\" percentage=\"25\" />", "<recipient-country code=\"AF\" percentage=\"125\" />"));
		Result result = run(file);
		assertThat(result.code).isEqualTo(ImportCommand.REJECTED);
		assertThat(result.err).contains("rejected " + file + ":8: recipient-country AF percentage 125 is not between 0 and 100");
	}

	@Test
	void explainsItsUsage() {
		Result result = run(new String[] { "import", "iat", "x" });
		assertThat(result.code).isEqualTo(ImportCommand.FAILED);
		assertThat(result.err).contains("import iati PATH");
	}

	private Result run(Path input) {
		return run(new String[] { "import", "iati", input.toString() });
	}

	private Result run(String[] args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = runner.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), false);
		return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	record Result(int code, String out, String err) {
	}

}
