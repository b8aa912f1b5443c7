package org.liaison.exchange;

import java.io.IOException;
import java.io.Reader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;

import com.microsoft.playwright.Page;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.liaison.exchange.internal.ImportHandOff;
import org.liaison.project.ProjectService;
import org.liaison.search.SearchRequest;
import org.liaison.search.SearchService;
import org.liaison.security.AccountService;
import org.liaison.security.Role;
import org.liaison.support.AdminClient;
import org.liaison.support.Chromium;
import org.liaison.support.HtmlChecker;
import org.liaison.support.LiaisonIntegrationTest;
import org.liaison.support.Multipart;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports that a running server takes: handed over by the {@code import} command (same machine, or
 * {@code LIAISON_URL} with the token), or uploaded in the back office and followed on the progress
 * page. Either way the server's database and search index end in step.
 */
@LiaisonIntegrationTest
@TestPropertySource(properties = { "liaison.test.context=imports", "liaison.demo.enabled=false" })
class ImportHandOffIntegrationTests {

	static final String PASSWORD = "a long enough password";

	@LocalServerPort
	int port;

	@Value("${liaison.database.data-directory}")
	Path data;

	@Autowired
	ProjectService projects;

	@Autowired
	SearchService search;

	@Autowired
	AccountService accounts;

	@TempDir
	Path temp;

	@Test
	void theCommandHandsItsImportToTheRunningServerWhichIndexesIt() throws Exception {
		Path handOff = data.resolve(ImportHandOff.FILE);
		assertThat(handOff).exists();
		ImportCommandIntegrationTests.Result result = ImportCommandIntegrationTests.command(temp,
				Map.of("LIAISON_DATA_DIRECTORY", data.toString()), "import", "cordis",
				CordisImportIntegrationTests.SAMPLE.toAbsolutePath().toString());
		assertThat(result.exitCode()).as(result.toString()).isZero();
		assertThat(result.stdout()).contains("handing the import to it").contains("done by the server")
			.containsPattern("read 5, created \\d, updated \\d, unchanged \\d, rejected 0");
		assertThat(projects.importedProject("cordis", "101188086")).isPresent();
		assertThat(search.search(SearchRequest.of("\"Argo Active Antenna\"", "en")).total()).isEqualTo(1);

		// from elsewhere: LIAISON_URL and the token; the files travel with the request
		String token = properties(handOff).getProperty("token");
		ImportCommandIntegrationTests.Result remote = ImportCommandIntegrationTests.command(temp,
				Map.of("LIAISON_URL", "http://127.0.0.1:" + port, "LIAISON_IMPORT_TOKEN", token,
						"LIAISON_DATA_DIRECTORY", temp.resolve("elsewhere").toString()),
				"import", "cordis", CordisImportIntegrationTests.SAMPLE.toAbsolutePath().toString());
		assertThat(remote.exitCode()).as(remote.toString()).isZero();
		assertThat(remote.stdout()).contains("read 5, created 0, updated 0, unchanged 5, rejected 0");

		ImportCommandIntegrationTests.Result refused = ImportCommandIntegrationTests.command(temp,
				Map.of("LIAISON_URL", "http://127.0.0.1:" + port, "LIAISON_IMPORT_TOKEN", "not-the-token",
						"LIAISON_DATA_DIRECTORY", temp.resolve("elsewhere").toString()),
				"import", "cordis", CordisImportIntegrationTests.SAMPLE.toAbsolutePath().toString());
		assertThat(refused.exitCode()).isEqualTo(2);
		assertThat(refused.stderr()).contains("The server refused the import: HTTP 401");
	}

	@Test
	void anOfficerUploadsAnImportInTheBackOfficeAndFollowsItsProgress() throws Exception {
		accounts.create("import-officer", PASSWORD, Role.OFFICER, false);
		AdminClient officer = new AdminClient(port);
		officer.signIn("import-officer", PASSWORD);
		Document page = officer.page("/admin/imports");
		assertThat(HtmlChecker.errors(page.outerHtml())).as("HTML errors in /admin/imports").isEmpty();
		String csrf = page.selectFirst("form[action=/admin/imports] input[name=_csrf]").attr("value");

		HttpResponse<String> refused = officer.postMultipart("/admin/imports", new Multipart().field("_csrf", csrf)
			.field("kind", "cordis").file("files", "notes.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8)));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Only zip, XML and CSV files can be imported.");

		String xml = Files.readString(CordisImportIntegrationTests.SAMPLE.resolve("263570.xml"))
			.replace("<acronym>", "<acronym>Uploaded ");
		HttpResponse<String> started = officer.postMultipart("/admin/imports", new Multipart().field("_csrf", csrf)
			.field("kind", "cordis").file("files", "263570.xml", "application/xml", xml.getBytes(StandardCharsets.UTF_8))
			.file("files", "bad.xml", "application/xml", "<project><id>1</id>".getBytes(StandardCharsets.UTF_8)));
		assertThat(started.statusCode()).isEqualTo(302);
		String job = started.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
		assertThat(job).startsWith("/admin/imports/");

		String status = waitUntilEnded(officer, job + "/status");
		assertThat(status).contains("\"state\":\"DONE\"").contains("\"rejected\":1").contains("bad.xml");
		Document done = officer.page(job);
		assertThat(HtmlChecker.errors(done.outerHtml())).as("HTML errors in " + job).isEmpty();
		assertThat(done.select("[data-field=summary]").text()).contains("1 rejected");
		assertThat(done.select("table td code").text()).contains("bad.xml");
		assertThat(search.search(SearchRequest.of("Uploaded", "en")).total()).isGreaterThanOrEqualTo(1);

		AdminClient viewer = new AdminClient(port);
		accounts.create("import-viewer", PASSWORD, Role.VIEWER, false);
		viewer.signIn("import-viewer", PASSWORD);
		assertThat(viewer.get("/admin/imports").statusCode()).isEqualTo(403);
	}

	@Test
	void theProgressPageFollowsTheImportInTheBrowser() throws Exception {
		accounts.create("import-browser", PASSWORD, Role.OFFICER, false);
		Path zip = Path.of("src/test/resources/cordis/cordis-HORIZONprojects-xml-sample.zip");
		try (Chromium chromium = Chromium.launch()) {
			Page page = chromium.signIn("http://localhost:" + port, "import-browser", PASSWORD);
			page.navigate("http://localhost:" + port + "/admin/imports");
			page.setInputFiles("#files", zip);
			page.click("form[action='/admin/imports'] button[type=submit]");
			page.waitForURL("**/admin/imports/*");
			// the script polls the job and reloads the page once it has ended
			page.waitForSelector("[data-field=summary]:not([hidden])", new Page.WaitForSelectorOptions().setTimeout(180_000));
			assertThat(page.textContent("[data-field=summary]")).contains("400 read");
			assertThat(page.textContent("[data-field=state]")).isEqualTo("done");
			page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("admin-import-done")).setFullPage(true));
		}
	}

	private static String waitUntilEnded(AdminClient client, String path) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofMinutes(3));
		while (Instant.now().isBefore(until)) {
			String body = client.get(path).body();
			if (body.contains("\"state\":\"DONE\"") || body.contains("\"state\":\"FAILED\"")) {
				return body;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("The import at " + path + " did not end in 3 minutes");
	}

	private static Properties properties(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file)) {
			properties.load(reader);
		}
		return properties;
	}

}
