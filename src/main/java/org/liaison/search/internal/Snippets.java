package org.liaison.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.liaison.common.LocalizedText;

import org.springframework.web.util.HtmlUtils;

/**
 * Highlighted snippets cut from a result's stored texts: the passage, in the reader's language where
 * it matches (else English, else any), around the first word that matches the query — as typed,
 * accent- and case-folded, as a word's beginning, or with the typos the query allows — with the
 * matches in {@code <mark>} and everything else HTML-escaped.
 * <p>
 * Done here rather than by the backend's highlighter: Lucene's unified highlighter rewrote the typo
 * clauses of the query against the whole index for every hit and field, a hundred milliseconds per
 * page of results (bench/results/search.md); this costs microseconds and works on any backend.
 */
public final class Snippets {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	static final int LENGTH = 240;

	private static final int LEAD = 60;

	private Snippets() {
	}

	/** A snippet from the first of {@code texts} that has a match, or null. */
	public static HitReader.Fragment best(QueryText query, String reader, LocalizedText... texts) {
		List<String> words = words(query);
		if (words.isEmpty()) {
			return null;
		}
		for (LocalizedText text : texts) {
			for (String language : order(text, reader)) {
				String html = cut(text.asMap().get(language), words);
				if (html != null) {
					return new HitReader.Fragment(html, LocalizedText.NEUTRAL.equals(language) ? null : language);
				}
			}
		}
		return null;
	}

	private static List<String> words(QueryText query) {
		Set<String> words = new LinkedHashSet<>();
		query.words().forEach(w -> addWords(words, w));
		query.phrases().forEach(p -> addWords(words, p));
		return List.copyOf(words);
	}

	private static void addWords(Set<String> words, String text) {
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			words.add(DidYouMean.fold(matcher.group()));
		}
	}

	private static List<String> order(LocalizedText text, String reader) {
		List<String> languages = new ArrayList<>();
		if (text.asMap().containsKey(reader)) {
			languages.add(reader);
		}
		if (!reader.equals(LocalizedText.FALLBACK_LANGUAGE) && text.asMap().containsKey(LocalizedText.FALLBACK_LANGUAGE)) {
			languages.add(LocalizedText.FALLBACK_LANGUAGE);
		}
		for (Map.Entry<String, String> entry : text.asMap().entrySet()) {
			if (!languages.contains(entry.getKey())) {
				languages.add(entry.getKey());
			}
		}
		return languages;
	}

	/** The passage of {@code text} around its first match, marked up; null when nothing matches. */
	static String cut(String text, List<String> words) {
		if (text == null) {
			return null;
		}
		List<int[]> matches = new ArrayList<>();
		Matcher matcher = WORD.matcher(text);
		while (matcher.find()) {
			if (matches(DidYouMean.fold(matcher.group()), words)) {
				matches.add(new int[] { matcher.start(), matcher.end() });
			}
		}
		if (matches.isEmpty()) {
			return null;
		}
		int start = Math.max(0, matches.get(0)[0] - LEAD);
		if (start > 0) {
			int space = text.indexOf(' ', start);
			start = (space >= 0 && space < matches.get(0)[0]) ? space + 1 : start;
		}
		int end = Math.min(text.length(), start + LENGTH);
		if (end < text.length()) {
			int space = text.lastIndexOf(' ', end);
			end = (space > matches.get(0)[1]) ? space : end;
		}
		StringBuilder html = new StringBuilder((start > 0) ? "…" : "");
		int at = start;
		for (int[] match : matches) {
			if (match[0] < at || match[1] > end) {
				continue;
			}
			html.append(escape(text.substring(at, match[0]))).append("<mark>")
				.append(escape(text.substring(match[0], match[1]))).append("</mark>");
			at = match[1];
		}
		html.append(escape(text.substring(at, end))).append((end < text.length()) ? "…" : "");
		return html.toString();
	}

	/** Escapes only what HTML needs (the page is UTF-8): "Unió" stays "Unió". */
	static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	private static boolean matches(String token, List<String> words) {
		for (String word : words) {
			if (token.equals(word) || (word.length() >= 4 && token.startsWith(word))) {
				return true;
			}
			int edits = QueryText.maxEdits(word);
			if (edits > 0 && Math.abs(token.length() - word.length()) <= edits && DidYouMean.distance(token, word) <= edits) {
				return true;
			}
		}
		return false;
	}

}
