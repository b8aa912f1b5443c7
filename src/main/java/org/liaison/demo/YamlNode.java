package org.liaison.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.liaison.common.LocalizedText;

/**
 * A value of a parsed YAML document together with where it is ({@code projects[3].countries[1]}),
 * so that every complaint about it names the file, the path and the value at fault.
 */
final class YamlNode {

	private final String source;

	private final String path;

	private final Object value;

	private YamlNode(String source, String path, Object value) {
		this.source = source;
		this.path = path;
		this.value = value;
	}

	/** Parses a YAML document; {@code source} names it in error messages. */
	static YamlNode parse(String source, String text) {
		return new YamlNode(source, "", TextOnlyYaml.load(source, text));
	}

	String path() {
		return path;
	}

	boolean isMissing() {
		return value == null;
	}

	/** The value under {@code key} of this mapping; a missing node when there is none. */
	YamlNode get(String key) {
		String childPath = path.isEmpty() ? key : path + "." + key;
		return new YamlNode(source, childPath, (value == null) ? null : asMap().get(key));
	}

	/** Rejects keys other than these, so that a misspelt field is reported instead of silently ignored. */
	void allowOnly(String... keys) {
		if (value == null) {
			return;
		}
		Set<String> allowed = Set.of(keys);
		for (Object key : asMap().keySet()) {
			if (!allowed.contains(String.valueOf(key))) {
				throw get(String.valueOf(key)).error("is not a known field here; expected one of " + Arrays.toString(keys));
			}
		}
	}

	/** The items of this list; none when the node is missing. */
	List<YamlNode> items() {
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			throw error("expected a list, e.g. [a, b]");
		}
		List<YamlNode> items = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			items.add(new YamlNode(source, path + "[" + i + "]", list.get(i)));
		}
		return items;
	}

	/** The texts of this list of single values. */
	List<String> texts() {
		return items().stream().map(YamlNode::requireText).toList();
	}

	/** This single value as text, or null when missing. */
	String text() {
		if (value == null) {
			return null;
		}
		if (value instanceof Map<?, ?> || value instanceof List<?>) {
			throw error("expected a single value");
		}
		String text = String.valueOf(value).strip();
		return text.isEmpty() ? null : text;
	}

	String requireText() {
		String text = text();
		if (text == null) {
			throw error("is missing");
		}
		return text;
	}

	/** A text in several languages: a mapping of language tag to text. Empty when missing. */
	LocalizedText localized() {
		if (value == null) {
			return LocalizedText.empty();
		}
		LocalizedText text = LocalizedText.empty();
		for (Object language : asMap().keySet()) {
			YamlNode translation = get(String.valueOf(language));
			try {
				text = text.with(String.valueOf(language), translation.text());
			}
			catch (IllegalArgumentException ex) {
				throw translation.error(ex.getMessage());
			}
		}
		return text;
	}

	LocalizedText requireLocalized() {
		LocalizedText text = localized();
		if (text.isEmpty()) {
			throw error("is missing; give it in at least one language, e.g. {en: ...}");
		}
		return text;
	}

	Integer integer() {
		String text = text();
		try {
			return (text == null) ? null : Integer.valueOf(text);
		}
		catch (NumberFormatException ex) {
			throw error("'" + text + "' is not a whole number");
		}
	}

	int requireInt() {
		requireText();
		return integer();
	}

	BigDecimal requireDecimal() {
		String text = requireText();
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			throw error("'" + text + "' is not a number");
		}
	}

	boolean flag(boolean fallback) {
		String text = text();
		if (text == null) {
			return fallback;
		}
		return switch (text) {
			case "true" -> true;
			case "false" -> false;
			default -> throw error("'" + text + "' is neither true nor false");
		};
	}

	LocalDate date() {
		String text = text();
		try {
			return (text == null) ? null : LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw error("'" + text + "' is not a date of the form 2024-06-12");
		}
	}

	LocalDateTime requireDateTime() {
		String text = requireText();
		try {
			return LocalDateTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw error("'" + text + "' is not a date and time of the form 2024-06-12T10:00");
		}
	}

	/** One of an enumeration's constants, by name; {@code fallback} when missing. */
	<E extends Enum<E>> E choice(Class<E> type, E fallback) {
		String text = text();
		if (text == null) {
			if (fallback == null) {
				throw error("is missing; expected one of " + Arrays.toString(type.getEnumConstants()));
			}
			return fallback;
		}
		try {
			return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw error("'" + text + "' is not one of " + Arrays.toString(type.getEnumConstants()));
		}
	}

	/** An error about this node: "file: path: message". */
	IllegalArgumentException error(String message) {
		return new IllegalArgumentException(source + ": " + (path.isEmpty() ? "" : path + ": ") + message);
	}

	private Map<?, ?> asMap() {
		if (!(value instanceof Map<?, ?> map)) {
			throw error("expected a mapping of fields, e.g. {slug: ...}");
		}
		return map;
	}

}
