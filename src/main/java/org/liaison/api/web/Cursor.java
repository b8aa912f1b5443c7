package org.liaison.api.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * An opaque position in a list: the sort key of the last item given (keyset paging), so that the
 * next page starts right after it whatever was added or removed meanwhile. Clients pass it back
 * unchanged; its content is not part of the API.
 */
final class Cursor {

	private static final String VERSION = "1";

	private Cursor() {
	}

	/** A cursor of a list of this kind after the item with these key parts. */
	static String encode(String kind, String... key) {
		List<String> parts = new ArrayList<>();
		parts.add(VERSION);
		parts.add(kind);
		for (String part : key) {
			parts.add(part.replace("%", "%25").replace("|", "%7C"));
		}
		return Base64.getUrlEncoder().withoutPadding()
			.encodeToString(String.join("|", parts).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The key parts of a cursor of this kind; null for no cursor.
	 * @throws ApiException naming the {@code cursor} parameter when it is not one of this list's cursors
	 */
	static String[] decode(String cursor, String kind, int parts) {
		if (cursor == null || cursor.isBlank()) {
			return null;
		}
		String text;
		try {
			text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw invalid(cursor);
		}
		String[] split = text.split("\\|", -1);
		if (split.length != parts + 2 || !VERSION.equals(split[0]) || !kind.equals(split[1])) {
			throw invalid(cursor);
		}
		String[] key = new String[parts];
		for (int i = 0; i < parts; i++) {
			key[i] = split[i + 2].replace("%7C", "|").replace("%25", "%");
		}
		return key;
	}

	static long number(String[] key, int index, String cursor) {
		try {
			return Long.parseLong(key[index]);
		}
		catch (NumberFormatException ex) {
			throw invalid(cursor);
		}
	}

	static ApiException invalid(String cursor) {
		return ApiException.badParameter("cursor", cursor,
				"is not a cursor of this list: pass back the 'next' link's cursor unchanged");
	}

}
