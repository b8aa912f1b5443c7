package org.liaison.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query as typed, split into words and {@code "quoted phrases"}; tokens without a letter or digit
 * (a lone dash, stray punctuation) are dropped, and an unbalanced quote is read as words.
 */
public record QueryText(List<String> words, List<String> phrases) {

	private static final Pattern TOKEN = Pattern.compile("\"([^\"]*)\"|([^\\s\"]+)");

	private static final Pattern MEANINGFUL = Pattern.compile("[\\p{L}\\p{N}]");

	/** Words this long or longer match with typos: one edit, two from {@link #TWO_EDITS_FROM} letters. */
	public static final int FUZZY_FROM = 5;

	public static final int TWO_EDITS_FROM = 8;

	public static QueryText parse(String text) {
		List<String> words = new ArrayList<>();
		List<String> phrases = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text == null ? "" : text);
		while (matcher.find()) {
			if (matcher.group(1) != null) {
				String phrase = matcher.group(1).strip();
				if (MEANINGFUL.matcher(phrase).find()) {
					if (phrase.contains(" ")) {
						phrases.add(phrase);
					}
					else {
						words.add(phrase);
					}
				}
			}
			else if (MEANINGFUL.matcher(matcher.group(2)).find()) {
				words.add(matcher.group(2));
			}
		}
		return new QueryText(List.copyOf(words), List.copyOf(phrases));
	}

	public boolean isEmpty() {
		return words.isEmpty() && phrases.isEmpty();
	}

	/** The edits a typo may make to {@code word}: 0 below five letters. */
	public static int maxEdits(String word) {
		int letters = word.codePointCount(0, word.length());
		return (letters >= TWO_EDITS_FROM) ? 2 : (letters >= FUZZY_FROM) ? 1 : 0;
	}

}
