package org.liaison.common;

import java.util.List;

/**
 * Each module that keeps references to other modules' items by {@link ItemRef} (related-content
 * links, the items a commitment is carried out by) publishes one, so that the owner of an item can
 * refuse its delete while something points at it, and keep the references when its key changes.
 */
public interface ItemReferences {

	/** What of this module points at the item, one entry per kind; empty when nothing does. */
	List<Dependent> referencesTo(ItemRef item);

	/** The item's key changed (a new slug): references to it follow. */
	void rekey(ItemRef from, String newKey);

	/** The item has been deleted: what it pointed at itself (its own outgoing links) goes with it. */
	void forget(ItemRef item);

}
