package org.liaison.common;

/** Another item of the same type already has the slug (or code) an edit gives. */
public class KeyTakenException extends RuntimeException {

	private final String field;

	public KeyTakenException(String field, String value) {
		super("Another item already has " + field + " '" + value + "'");
		this.field = field;
	}

	/** The form field the key was given in, e.g. {@code slug}. */
	public String field() {
		return field;
	}

}
