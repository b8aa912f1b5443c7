package org.liaison.project.web;

import java.util.Map;
import java.util.stream.Stream;

/** Checks and reads of a form's translatable fields (language → text). */
final class Texts {

	private Texts() {
	}

	static boolean given(Map<String, String> texts) {
		return texts.values().stream().anyMatch(t -> t != null && !t.isBlank());
	}

	static boolean fit(Map<String, String> texts, int length) {
		return texts.values().stream().allMatch(t -> t == null || t.length() <= length);
	}

	@SafeVarargs
	static boolean validLanguages(Map<String, String>... fields) {
		return Stream.of(fields)
			.flatMap(m -> m.keySet().stream())
			.allMatch(tag -> tag != null && tag.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*"));
	}

	static String get(Map<String, String> texts, String language) {
		String text = texts.get(language);
		return (text == null) ? "" : text;
	}

	static void put(Map<String, String> values, String labelKey, Map<String, String> texts) {
		texts.forEach((language, text) -> values.put(labelKey + " " + language, text));
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
