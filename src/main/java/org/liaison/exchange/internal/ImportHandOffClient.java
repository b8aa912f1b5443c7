package org.liaison.exchange.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

import org.liaison.exchange.Rejection;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code import} command's side of the hand-off: when a Liaison server runs on the same data
 * (its {@link ImportHandOff#FILE} in the data directory) or {@code LIAISON_URL} names one, the
 * command gives it the import and follows the job's progress, instead of writing the database
 * behind the server's back. A server on the same machine reads the input where it is; one named by
 * {@code LIAISON_URL} is sent the files.
 */
final class ImportHandOffClient {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	/** A server to hand imports to. */
	record Server(URI url, String token, boolean sameMachine) {
	}

	private final Server server;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Duration pollEvery;

	ImportHandOffClient(Server server, Duration pollEvery) {
		this.server = server;
		this.pollEvery = pollEvery;
	}

	/**
	 * The server to hand an import to, if one is there and answers: {@code LIAISON_URL} (with
	 * {@code LIAISON_IMPORT_TOKEN}) first, else the file a server left in the data directory.
	 */
	static Optional<Server> find(Map<String, String> environment, Path dataDirectory) {
		String url = environment.getOrDefault("LIAISON_URL", "");
		if (!url.isBlank()) {
			String token = environment.getOrDefault("LIAISON_IMPORT_TOKEN", "");
			return Optional.of(new Server(URI.create(url.endsWith("/") ? url : url + "/"), token, false));
		}
		Path file = dataDirectory.resolve(ImportHandOff.FILE);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		String address = properties.getProperty("url");
		String token = properties.getProperty("token");
		if (address == null || token == null) {
			return Optional.empty();
		}
		Server server = new Server(URI.create(address + "/"), token, true);
		// A file left behind by a server that was killed names nobody: import locally then.
		return new ImportHandOffClient(server, Duration.ZERO).answers() ? Optional.of(server) : Optional.empty();
	}

	private boolean answers() {
		try {
			HttpResponse<Void> response = http.send(request("internal/imports").timeout(Duration.ofSeconds(5)).GET()
				.build(), HttpResponse.BodyHandlers.discarding());
			return response.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Hands the import over and follows it to its end; the command's exit code. */
	int run(String kind, Path input, PrintStream out, PrintStream err, boolean terminal) {
		out.println("Liaison is running at " + server.url() + ": handing the import to it.");
		JsonNode status;
		try {
			HttpResponse<String> response = http.send(server.sameMachine() ? byPath(kind, input) : byUpload(kind, input),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 202) {
				err.println("The server refused the import: " + detail(response));
				return ImportCommand.FAILED;
			}
			status = JSON.readTree(response.body());
		}
		catch (IOException ex) {
			err.println("Could not hand the import to " + server.url() + ": " + ex.getMessage());
			return ImportCommand.FAILED;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return ImportCommand.FAILED;
		}
		return follow(status.get("id").asString(), out, err, terminal);
	}

	private int follow(String id, PrintStream out, PrintStream err, boolean terminal) {
		int rejectionsShown = 0;
		boolean started = false;
		try (ConsoleProgress progress = new ConsoleProgress(out, err, terminal)) {
			while (true) {
				HttpResponse<String> response = http.send(request("internal/imports/" + id).GET().build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() != 200) {
					err.println("Lost track of the import: " + detail(response));
					return ImportCommand.FAILED;
				}
				JsonNode status = JSON.readTree(response.body());
				String state = status.get("state").asString();
				if (!started && !state.equals("QUEUED")) {
					progress.started(status.get("input").asString(), status.get("total").asLong(),
							status.get("resumedAfter").asLong());
					started = true;
				}
				if (started) {
					progress.advanced(status.get("position").asLong(), status.get("total").asLong());
				}
				JsonNode rejections = status.get("rejections");
				for (; rejectionsShown < rejections.size(); rejectionsShown++) {
					JsonNode r = rejections.get(rejectionsShown);
					progress.rejected(new Rejection(r.get("file").asString(), r.get("line").asLong(), r.get("reason").asString()));
				}
				if (state.equals("FAILED")) {
					progress.close();
					err.println("The import stopped: " + status.get("failure").asString());
					err.println("What was committed stays; run the same command again to resume after the last committed batch.");
					return ImportCommand.FAILED;
				}
				if (state.equals("DONE")) {
					progress.close();
					JsonNode summary = status.get("summary");
					out.println("CORDIS import of " + status.get("input").asString() + " done by the server in "
							+ ImportCommandRunner.format(Duration.ofMillis(Math.round(summary.get("seconds").asDouble() * 1000)))
							+ ": " + summary.get("text").asString());
					return summary.get("rejected").asLong() > 0 ? ImportCommand.REJECTED : ImportCommand.OK;
				}
				Thread.sleep(pollEvery.toMillis());
			}
		}
		catch (IOException ex) {
			err.println("Lost track of the import at " + server.url() + ": " + ex.getMessage()
					+ ". It goes on in the server; see its back office under Imports.");
			return ImportCommand.FAILED;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return ImportCommand.FAILED;
		}
	}

	private HttpRequest byPath(String kind, Path input) {
		String form = "kind=" + encode(kind) + "&path=" + encode(input.toAbsolutePath().normalize().toString())
				+ "&actor=" + encode("import-command:" + System.getProperty("user.name", "?"));
		return request("internal/imports").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build();
	}

	/** The input's files as multipart/form-data, streamed from disk. */
	private HttpRequest byUpload(String kind, Path input) throws IOException {
		List<Path> files;
		if (Files.isDirectory(input)) {
			try (Stream<Path> listed = Files.list(input)) {
				files = listed.filter(Files::isRegularFile).sorted().toList();
			}
		}
		else {
			files = List.of(input);
		}
		String boundary = "liaison-" + UUID.randomUUID();
		List<HttpRequest.BodyPublisher> parts = new ArrayList<>();
		parts.add(HttpRequest.BodyPublishers.ofString(field(boundary, "kind", kind)
				+ field(boundary, "actor", "import-command:" + System.getProperty("user.name", "?"))));
		for (Path file : files) {
			parts.add(HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; "
					+ "name=\"files\"; filename=\"" + file.getFileName().toString().replace("\"", "_")
					+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n"));
			parts.add(HttpRequest.BodyPublishers.ofFile(file));
			parts.add(HttpRequest.BodyPublishers.ofString("\r\n"));
		}
		parts.add(HttpRequest.BodyPublishers.ofString("--" + boundary + "--\r\n"));
		return request("internal/imports").header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(parts.toArray(HttpRequest.BodyPublisher[]::new))).build();
	}

	private static String field(String boundary, String name, String value) {
		return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(server.url().resolve(path)).header("Authorization", "Bearer " + server.token())
			.header("Accept", "application/json");
	}

	private static String detail(HttpResponse<String> response) {
		try {
			JsonNode problem = JSON.readTree(response.body());
			if (problem.has("detail")) {
				return "HTTP " + response.statusCode() + ": " + problem.get("detail").asString();
			}
		}
		catch (RuntimeException ex) {
			// not JSON: the status says enough
		}
		return "HTTP " + response.statusCode();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
