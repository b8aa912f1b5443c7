package org.liaison.project;

import org.liaison.common.RefusedEditException;

/**
 * A value in an edit names something that does not exist (a country code, an organisation, a
 * programme); nothing was saved.
 *
 * @see #field() the form field it was given in
 */
public class InvalidValueException extends RefusedEditException {

	public InvalidValueException(String field, String messageKey, String value) {
		super(field, messageKey, "No such " + field + ": '" + value + "'");
	}

}
