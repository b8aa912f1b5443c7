package org.liaison.project;

/**
 * A value in an edit names something that does not exist (a country code, an organisation, a
 * programme); nothing was saved.
 *
 * @see #field() the form field it was given in
 */
public class InvalidValueException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public InvalidValueException(String field, String messageKey, String value) {
		super("No such " + field + ": '" + value + "'");
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	/** The message the form shows next to the field. */
	public String messageKey() {
		return messageKey;
	}

}
