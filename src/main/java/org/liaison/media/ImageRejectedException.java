package org.liaison.media;

/**
 * An upload that is not an image Liaison accepts. {@link #messageKey()} and {@link #arguments()} are
 * the message for the person who sent it; {@link #getMessage()} says the same for the log.
 */
public class ImageRejectedException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public ImageRejectedException(String messageKey, String message, Object... arguments) {
		super(message);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
