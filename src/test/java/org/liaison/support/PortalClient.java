package org.liaison.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import static org.assertj.core.api.Assertions.assertThat;

/** Fetches portal pages from the running application, as a browser without JavaScript would. */
public final class PortalClient {

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final String base;

	public PortalClient(int port) {
		this.base = "http://localhost:" + port;
	}

	/** The page at {@code path}, parsed; fails the test unless it answers 200. */
	public Document get(String path) {
		HttpResponse<String> response = fetch(path);
		assertThat(response.statusCode()).as("status of " + path).isEqualTo(200);
		return Jsoup.parse(response.body(), base);
	}

	/** The raw response to a GET of {@code path} with the given header name/value pairs; redirects are not followed. */
	public HttpResponse<String> fetch(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not fetch " + path, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted fetching " + path, ex);
		}
	}

}
