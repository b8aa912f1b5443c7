package org.liaison.admin;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.liaison.common.LocalizedText;

/**
 * A back-office form whose translatable fields arrive as {@code field[language]} parameters: one map
 * of texts per field. Gives the {@link Translatable} view the shared template needs, the checks every
 * such form makes, and the texts as {@link LocalizedText} (blank languages dropped).
 */
public abstract class TranslatedForm implements Translatable {

	/** The version of the item the edit started from (optimistic locking); null on a new item. */
	private Long version;

	/** A BCP 47 language tag as the forms accept it: {@code en}, {@code pt-BR}. */
	static final String LANGUAGE_TAG = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*";

	/** The translatable fields by name; the main one (the name or title) first. */
	protected abstract Map<String, Map<String, String>> texts();

	@Override
	public String text(String field, String language) {
		Map<String, String> texts = texts().get(field);
		if (texts == null) {
			throw new IllegalArgumentException(field);
		}
		String text = texts.get(language);
		return (text == null) ? "" : text;
	}

	@Override
	public boolean hasLanguage(String language) {
		return !text(texts().keySet().iterator().next(), language).isBlank();
	}

	/** Whether the main field has a text in at least one language. */
	protected boolean mainTextGiven() {
		return texts().values().iterator().next().values().stream().anyMatch(t -> t != null && !t.isBlank());
	}

	/** Whether every text of the field is at most {@code length} characters. */
	protected static boolean fits(Map<String, String> texts, int length) {
		return texts.values().stream().allMatch(t -> t == null || t.length() <= length);
	}

	/** Whether every language the form sent is a language tag. */
	protected boolean languagesValid() {
		return texts().values().stream()
			.flatMap(m -> m.keySet().stream())
			.allMatch(tag -> tag != null && tag.matches(LANGUAGE_TAG));
	}

	/** The languages that have any text in this form. */
	public Set<String> languagesUsed() {
		Set<String> used = new LinkedHashSet<>();
		texts().values().forEach(m -> m.forEach((language, text) -> {
			if (text != null && !text.isBlank()) {
				used.add(language);
			}
		}));
		return used;
	}

	/** The portal's languages first, then any other language the form has text in. */
	public List<String> languages(List<String> portal) {
		Set<String> all = new LinkedHashSet<>(portal);
		all.addAll(languagesUsed());
		all.remove(LocalizedText.NEUTRAL);
		return List.copyOf(all);
	}

	/** The texts of a field, blank languages dropped and the rest stripped. */
	protected static LocalizedText localized(Map<String, String> texts) {
		Map<String, String> kept = new LinkedHashMap<>();
		texts.forEach((language, text) -> {
			if (text != null && !text.isBlank()) {
				kept.put(language, text.strip());
			}
		});
		return LocalizedText.of(kept);
	}

	/** A modifiable copy of a text's languages, for binding. */
	protected static Map<String, String> editable(LocalizedText text) {
		Map<String, String> copy = new LinkedHashMap<>(text.asMap());
		copy.remove(LocalizedText.NEUTRAL);
		return copy;
	}

	/** Puts a translatable field's texts into a form's view by label: {@code labelKey language} → text. */
	protected static void putTexts(Map<String, String> values, String labelKey, Map<String, String> texts) {
		texts.forEach((language, text) -> values.put(labelKey + " " + language, (text == null) ? "" : text.strip()));
	}

	/**
	 * Puts every translatable field's texts into a form's view by label ({@code labelPrefix + field},
	 * then a space and the language), as a conflict lists its differences.
	 */
	protected void putTexts(Map<String, String> values, String labelPrefix) {
		texts().forEach((field, texts) -> putTexts(values, labelPrefix + field, texts));
	}

	/** A single-line input as stored: stripped, and null when blank. */
	protected static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
