package org.liaison.common;

/** A publication time that cannot be used; {@link #messageKey()} names the reason for the form. */
public class ScheduleException extends RuntimeException {

	private final String messageKey;

	public ScheduleException(String messageKey, String message) {
		super(message);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
