package org.liaison.project;

/** There is no programme, project or organisation with that id. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String type, long id) {
		super("No " + type + " " + id);
	}

}
