package org.liaison.common;

/** An edit was based on an older version of an item than the one stored: someone else saved it meanwhile. */
public class StaleEditException extends RuntimeException {

	public StaleEditException(String item, long basedOn, long current) {
		super(item + " is at version " + current + ", the edit was based on version " + basedOn);
	}

}
