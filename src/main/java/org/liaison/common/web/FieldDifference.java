package org.liaison.common.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A field that differs between the version someone saved meanwhile and the edit that came too late,
 * as the conflict page lists it.
 *
 * @param labelKey the message key of the field's label
 * @param language the language of a translatable field's text, or null
 * @param saved what is stored now
 * @param yours what the late edit says
 */
public record FieldDifference(String labelKey, String language, String saved, String yours) {

	/** The differences between two views of a form: label key (with " lang" for a translation) → text. */
	public static List<FieldDifference> between(Map<String, String> saved, Map<String, String> yours) {
		List<FieldDifference> differences = new ArrayList<>();
		java.util.Set<String> keys = new java.util.LinkedHashSet<>(saved.keySet());
		keys.addAll(yours.keySet());
		for (String key : keys) {
			String a = blank(saved.get(key));
			String b = blank(yours.get(key));
			if (!Objects.equals(a, b)) {
				int space = key.indexOf(' ');
				differences.add(new FieldDifference(space < 0 ? key : key.substring(0, space),
						space < 0 ? null : key.substring(space + 1), a == null ? "" : a, b == null ? "" : b));
			}
		}
		return differences;
	}

	private static String blank(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
