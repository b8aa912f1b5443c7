package org.liaison.exchange.iati;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema check on IATI's own schema tests and on hostile documents. */
class IatiSchemaTests {

	static final Path TESTS = Path.of("src/test/resources/iati/tests");

	@Test
	void acceptsEveryShouldPassDocument() throws IOException {
		List<Path> files = xml(TESTS.resolve("should-pass/iati-activities"));
		assertThat(files).hasSize(157);
		for (Path file : files) {
			assertThat(check(file)).as(file.toString()).isEmpty();
		}
	}

	@Test
	void refusesEveryShouldFailDocumentNamingLineColumnAndElement() throws IOException {
		List<Path> files = xml(TESTS.resolve("should-fail/iati-activities"));
		assertThat(files).hasSize(98);
		for (Path file : files) {
			List<IatiSchema.Problem> problems = check(file);
			assertThat(problems).as(file.toString()).isNotEmpty();
			IatiSchema.Problem first = problems.get(0);
			assertThat(first.line()).as(file.toString()).isPositive();
			assertThat(first.column()).as(file.toString()).isPositive();
			assertThat(first.element()).as(file.toString()).startsWith("/iati-activities");
			assertThat(first.message()).as(file.toString()).isNotBlank();
		}
	}

	@Test
	void namesTheElementWhereARequiredAttributeIsMissing() throws IOException {
		List<IatiSchema.Problem> problems = check(TESTS.resolve(
				"should-fail/iati-activities/iati-activity/result/document-link/_url/err-not-iati-xml-missing-attribute_required-attribute-not-present.xml"));
		assertThat(problems.get(0).element()).endsWith("/result/document-link");
		assertThat(problems.get(0).message()).contains("url");
		assertThat(problems.get(0).toString()).startsWith("line " + problems.get(0).line() + ", column ");
	}

	@Test
	void refusesExternalEntitiesAndEntityExpansionWithoutReadingThem() throws IOException {
		String xxe = """
				<?xml version="1.0"?>
				<!DOCTYPE iati-activities [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
				<iati-activities version="2.03"><iati-activity><iati-identifier>&secret;</iati-identifier></iati-activity></iati-activities>
				""";
		String laughs = """
				<?xml version="1.0"?>
				<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
				<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
				<iati-activities version="2.03">&lol3;</iati-activities>
				""";
		for (String document : List.of(xxe, laughs)) {
			List<IatiSchema.Problem> problems = check(document);
			assertThat(problems).hasSize(1);
			assertThat(problems.get(0).message()).contains("DOCTYPE");
			assertThat(problems.get(0).line()).isEqualTo(2);
		}
	}

	@Test
	void refusesOtherVersionsAndOtherRoots() throws IOException {
		assertThat(check("<iati-activities version=\"1.05\"/>").get(0).message())
			.contains("version 1.05 is not supported");
		assertThat(check("<iati-organisations version=\"2.03\"/>").get(0).message()).contains("<iati-organisations>");
		assertThat(check("<iati-activities version=\"2.01\"><iati-activity>").get(0).message()).isNotBlank();
	}

	private static List<IatiSchema.Problem> check(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return IatiSchema.get().check(in, file.toUri().toString());
		}
	}

	private static List<IatiSchema.Problem> check(String document) throws IOException {
		return IatiSchema.get().check(new ByteArrayInputStream(document.strip().getBytes(StandardCharsets.UTF_8)), "test.xml");
	}

	static List<Path> xml(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
		}
	}

}
