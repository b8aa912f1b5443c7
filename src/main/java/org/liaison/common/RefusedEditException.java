package org.liaison.common;

/**
 * An edit refused because of one field's value — a slug another item has, a country that is a
 * partner already — with the form field and the message key saying why; nothing was changed.
 */
public class RefusedEditException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public RefusedEditException(String field, String messageKey, String detail) {
		super(detail);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

}
