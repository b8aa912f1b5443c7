package org.liaison.database;

/**
 * Liaison cannot get at its database. The message is meant for the person starting Liaison: one
 * line saying what is wrong; {@link #action()} says what to do about it.
 */
public class DatabaseStartupException extends RuntimeException {

	private final String action;

	public DatabaseStartupException(String message, String action, Throwable cause) {
		super(message, cause);
		this.action = action;
	}

	public String action() {
		return action;
	}

}
