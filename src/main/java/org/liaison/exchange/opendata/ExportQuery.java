package org.liaison.exchange.opendata;

import java.util.Map;

/**
 * What one request for an open-data list asks: its filters (already checked to be ones the list
 * takes), the language of the texts and the portal's address for the records' links.
 */
record ExportQuery(Map<String, String> filters, String language, String baseUrl) {

	/** A filter's value, {@code null} when absent or blank. */
	String filter(String name) {
		String value = filters.get(name);
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	/** The portal page of something, in the requested language. */
	String url(String path) {
		return baseUrl + "/" + language + "/" + path;
	}

}
