package org.liaison.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A human-readable text in any number of languages, keyed by BCP 47 language tag.
 * <p>
 * Resolving it for a reader gives the text <em>and</em> the language it is really in, so a page
 * can mark a fallback with its own {@code lang} attribute.
 */
public final class LocalizedText {

	/** ISO 639-2 "no linguistic content": a text that reads the same in every language, such as an acronym. */
	public static final String NEUTRAL = "zxx";

	/** The language every text falls back to before "any language available". */
	public static final String FALLBACK_LANGUAGE = "en";

	private static final LocalizedText EMPTY = new LocalizedText(Map.of());

	private final Map<String, String> texts;

	private LocalizedText(Map<String, String> texts) {
		this.texts = texts;
	}

	public static LocalizedText empty() {
		return EMPTY;
	}

	public static LocalizedText of(String language, String text) {
		return empty().with(language, text);
	}

	/** A text that is the same in every language (an acronym, a code): never marked as a fallback. */
	public static LocalizedText neutral(String text) {
		return of(NEUTRAL, text);
	}

	/** Builds a text from a map of language tag to text; blank entries are left out. */
	public static LocalizedText of(Map<String, String> texts) {
		Map<String, String> copy = new LinkedHashMap<>();
		for (Map.Entry<String, String> entry : texts.entrySet()) {
			if (entry.getValue() != null && !entry.getValue().isBlank()) {
				copy.put(normalise(entry.getKey()), entry.getValue().strip());
			}
		}
		return copy.isEmpty() ? EMPTY : new LocalizedText(Collections.unmodifiableMap(copy));
	}

	/** This text with one more (or one replaced) translation; a blank text removes that language. */
	public LocalizedText with(String language, String text) {
		String tag = normalise(language);
		Map<String, String> copy = new LinkedHashMap<>(texts);
		if (text == null || text.isBlank()) {
			copy.remove(tag);
		}
		else {
			copy.put(tag, text.strip());
		}
		return new LocalizedText(Collections.unmodifiableMap(copy));
	}

	public Optional<String> in(String language) {
		return Optional.ofNullable(texts.get(normalise(language)));
	}

	public Set<String> languages() {
		return texts.keySet();
	}

	public Map<String, String> asMap() {
		return texts;
	}

	public boolean isEmpty() {
		return texts.isEmpty();
	}

	/**
	 * The text for a reader of {@code language}: that language, else English, else the first
	 * language available. Empty only when there is no text at all.
	 */
	public Optional<Resolved> resolve(String language) {
		String wanted = normalise(language);
		String text = texts.get(wanted);
		if (text != null) {
			return Optional.of(new Resolved(text, wanted, wanted));
		}
		text = texts.get(NEUTRAL);
		if (text != null) {
			return Optional.of(new Resolved(text, wanted, wanted));
		}
		text = texts.get(FALLBACK_LANGUAGE);
		if (text != null) {
			return Optional.of(new Resolved(text, FALLBACK_LANGUAGE, wanted));
		}
		return texts.entrySet().stream().findFirst().map(e -> new Resolved(e.getValue(), e.getKey(), wanted));
	}

	/** The resolved text, or the empty string; for places where the language does not matter. */
	public String textFor(String language) {
		return resolve(language).map(Resolved::text).orElse("");
	}

	static String normalise(String language) {
		if (language == null || language.isBlank()) {
			throw new IllegalArgumentException("A language tag is required");
		}
		if (isPlainLanguage(language)) {
			return language; // "en", "hu", "zxx": already in canonical form, the common case on every row read
		}
		Locale locale = Locale.forLanguageTag(language.strip().replace('_', '-'));
		String tag = locale.toLanguageTag();
		if ("und".equals(tag)) {
			throw new IllegalArgumentException("'" + language + "' is not a BCP 47 language tag");
		}
		return tag;
	}

	private static boolean isPlainLanguage(String tag) {
		int length = tag.length();
		if (length < 2 || length > 3) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			char c = tag.charAt(i);
			if (c < 'a' || c > 'z') {
				return false;
			}
		}
		return true;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof LocalizedText that && texts.equals(that.texts);
	}

	@Override
	public int hashCode() {
		return texts.hashCode();
	}

	@Override
	public String toString() {
		return texts.toString();
	}

	/**
	 * A text as shown to one reader.
	 * @param text the text
	 * @param language the language the text is really in
	 * @param requested the language the reader asked for
	 */
	public record Resolved(String text, String language, String requested) {

		public boolean isFallback() {
			return !language.equals(requested);
		}

	}

}
