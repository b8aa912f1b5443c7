package org.liaison.common;

/** An edit based on a version of an item that someone else has saved over meanwhile; nothing was changed. */
public class StaleEditException extends RuntimeException {

	public StaleEditException(String item, long basedOn, long current) {
		super(item + " is at version " + current + ", the edit was based on version " + basedOn);
	}

	/** Throws unless the edit was based on the item's current version. */
	public static void refuseIfStale(String item, long basedOn, long current) {
		if (basedOn != current) {
			throw new StaleEditException(item, basedOn, current);
		}
	}

}
