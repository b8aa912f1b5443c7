package org.liaison.content;

/** There is no page or document with that id. */
public class ContentNotFoundException extends RuntimeException {

	public ContentNotFoundException(String type, long id) {
		super("No " + type + " " + id);
	}

}
