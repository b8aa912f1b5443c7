package org.liaison.support;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A multipart/form-data body, as a browser sends a form with files. */
public final class Multipart {

	private final String boundary = "test-" + UUID.randomUUID();

	private final List<byte[]> parts = new ArrayList<>();

	public Multipart field(String name, String value) {
		parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
		return this;
	}

	public Multipart file(String name, String filename, String contentType, byte[] content) {
		parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		parts.add(content);
		parts.add("\r\n".getBytes(StandardCharsets.UTF_8));
		return this;
	}

	public String contentType() {
		return "multipart/form-data; boundary=" + boundary;
	}

	public HttpRequest.BodyPublisher body() {
		List<byte[]> all = new ArrayList<>(parts);
		all.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.BodyPublishers.ofByteArrays(all);
	}

}
