package org.liaison.api.web;

import java.util.Arrays;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;

/**
 * The strong ETag of an answer, the same as the one the reads' ETag filter computes from the bytes
 * sent; and the check of a write's {@code If-Match} against the item as it is before the write.
 */
@Component
class Etags {

	private final JsonMapper json;

	Etags(JsonMapper json) {
		this.json = json;
	}

	String of(Object body) {
		return "\"0" + DigestUtils.md5DigestAsHex(json.writeValueAsBytes(body)) + "\"";
	}

	/** Refuses with 412 when {@code If-Match} is given and names neither {@code *} nor the current ETag. */
	void requireMatch(String ifMatch, Object current) {
		if (ifMatch == null || ifMatch.isBlank()) {
			return;
		}
		String etag = of(current);
		boolean matches = Arrays.stream(ifMatch.split(",")).map(String::strip)
			.anyMatch(tag -> tag.equals("*") || tag.equals(etag));
		if (!matches) {
			throw ApiException.preconditionFailed("If-Match " + ifMatch + " does not match the current ETag " + etag
					+ ": the item has changed since it was read (read it again with the same lang)");
		}
	}

}
