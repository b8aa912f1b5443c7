package org.liaison.exchange.internal;

/** What a reader yields: a record, or a place in the input that could not be read as one. */
sealed interface SourceItem permits CordisRecord, SourceItem.Unreadable {

	String file();

	long line();

	/** Input that is no record: malformed XML, a CSV row with the wrong columns… */
	record Unreadable(String file, long line, String reason) implements SourceItem {
	}

}
