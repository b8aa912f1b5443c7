package org.liaison.common.search;

/** An item that is public only in some states (content that is published, not a draft). */
public interface Publishable {

	/** Whether the public may see this item now. */
	boolean isPublic();

}
