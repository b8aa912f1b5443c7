package org.liaison.content.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import static org.assertj.core.api.Assertions.assertThat;

/** Fetches portal pages from the running application, as a browser without JavaScript would. */
final class PortalClient {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final String base;

	PortalClient(int port) {
		this.base = "http://localhost:" + port;
	}

	/** The page at {@code path}, parsed; fails the test unless it answers 200. */
	Document get(String path) {
		HttpResponse<String> response = fetch(path);
		assertThat(response.statusCode()).as("status of " + path).isEqualTo(200);
		return Jsoup.parse(response.body(), base);
	}

	HttpResponse<String> fetch(String path) {
		try {
			return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
					HttpResponse.BodyHandlers.ofString());
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
