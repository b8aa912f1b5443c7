package org.liaison.exchange;

/**
 * A record an import refused: where it is and why.
 * @param file the file (inside a zip: {@code archive.zip!/entry.xml})
 * @param line the line the record starts on (for a malformed file, the line of the error)
 */
public record Rejection(String file, long line, String reason) {

	@Override
	public String toString() {
		return file + ":" + line + ": " + reason;
	}

}
