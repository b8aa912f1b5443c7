package org.liaison.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A browser without JavaScript for the back office: keeps its session cookie, signs in through the
 * login form, and sends forms with the CSRF token the page gave it.
 */
public final class AdminClient {

	private final String base;

	private final HttpClient http;

	public AdminClient(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	/** Signs in; returns the response to the login form (a redirect either way). */
	public HttpResponse<String> signIn(String username, String password) {
		String token = csrfToken("/login");
		return post("/login", Map.of("username", username, "password", password, "_csrf", token));
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
	}

	public Document page(String path) {
		HttpResponse<String> response = get(path);
		if (response.statusCode() != 200) {
			throw new AssertionError("GET " + path + " answered " + response.statusCode());
		}
		return Jsoup.parse(response.body(), base);
	}

	/** The CSRF token of the first form on a page. */
	public String csrfToken(String path) {
		Element input = page(path).selectFirst("input[name=_csrf]");
		if (input == null) {
			throw new AssertionError("No CSRF token on " + path);
		}
		return input.attr("value");
	}

	/** Sends the form fields as they are (add {@code _csrf} yourself, or leave it out to test CSRF). */
	public HttpResponse<String> post(String path, Map<String, String> fields) {
		String body = fields.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/** Sends a multipart form (add {@code _csrf} as a field yourself). */
	public HttpResponse<String> postMultipart(String path, Multipart form) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", form.contentType())
			.POST(form.body()).build());
	}

	/** Sends form fields in order; a name may come more than once (checkboxes, multiple selects). */
	public HttpResponse<String> post(String path, java.util.List<Map.Entry<String, String>> fields) {
		String body = fields.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/** Sends an already encoded form body, for fields that repeat. */
	public HttpResponse<String> postRaw(String path, String urlEncodedBody) {
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(urlEncodedBody))
			.build());
	}

	/** Sends a multipart form: the text fields, and one file under {@code fileField}. */
	public HttpResponse<String> postMultipart(String path, Map<String, String> fields, String fileField,
			String fileName, String contentType, byte[] content) {
		String boundary = "----liaison" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
		if (fileField != null) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
					+ "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(content);
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	/** Submits the form on {@code page} whose action is {@code action}, with its hidden fields and these values. */
	public HttpResponse<String> submit(String page, String action, Map<String, String> values) {
		Document document = page(page);
		Element form = document.select("form").stream()
			.filter(f -> f.attr("action").equals(action))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No form to " + action + " on " + page));
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element input : form.select("input[name], textarea[name]")) {
			fields.put(input.attr("name"), input.tagName().equals("textarea") ? input.wholeText() : input.attr("value"));
		}
		fields.putAll(values);
		return post(action, fields);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not reach " + request.uri(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
