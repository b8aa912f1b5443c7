package org.liaison.exchange.opendata;

import java.util.List;

import org.liaison.common.LocalizedText;

/** One row of an open-data list: its CSV cells (the JSON has the record's own fields). */
interface ExportRecord {

	/** The cells, in the order of the list's columns; {@code null} is an empty cell. */
	List<Object> csvRow();

	/** Several values in one CSV cell. */
	static String joined(List<String> values) {
		return String.join(";", values);
	}

	/** A text in the requested language, else its fallback; {@code null} for an empty text. */
	static LocalizedText.Resolved resolve(LocalizedText text, String language) {
		return (text == null) ? null : text.resolve(language).orElse(null);
	}

	static String text(LocalizedText.Resolved resolved) {
		return (resolved == null) ? null : resolved.text();
	}

	static String language(LocalizedText.Resolved resolved) {
		return (resolved == null) ? null : resolved.language();
	}

}
