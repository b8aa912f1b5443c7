package org.liaison.common.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What someone else saved meanwhile, field by field, where it differs from the edit that was refused:
 * the conflict notice above a form shows it so nobody overwrites a change unseen.
 *
 * @param fields the differing fields: label key, language (or null) and the value saved meanwhile
 */
public record EditConflict(List<Field> fields) {

	/** One differing field; {@code language} is null for a field that is not translated. */
	public record Field(String labelKey, String language, String theirs) {
	}

	/**
	 * The differences between two forms' fields, each keyed by its label key, and for a translated
	 * field {@code labelKey|language}.
	 */
	public static EditConflict between(Map<String, String> mine, Map<String, String> theirs) {
		List<Field> fields = new ArrayList<>();
		java.util.Set<String> keys = new java.util.LinkedHashSet<>(theirs.keySet());
		keys.addAll(mine.keySet());
		for (String key : keys) {
			String their = Objects.requireNonNullElse(theirs.get(key), "");
			if (!their.equals(Objects.requireNonNullElse(mine.get(key), ""))) {
				int bar = key.indexOf('|');
				fields.add((bar < 0) ? new Field(key, null, their)
						: new Field(key.substring(0, bar), key.substring(bar + 1), their));
			}
		}
		return new EditConflict(fields);
	}

}
