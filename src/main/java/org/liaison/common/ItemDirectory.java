package org.liaison.common;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Each module that owns item types publishes one of these, so that related-content links,
 * search results and briefings can name items they do not own.
 */
public interface ItemDirectory {

	/** The item types this directory knows. */
	Set<ItemType> types();

	/** Summaries of the items that exist among {@code refs} (of this directory's types), in one query per type. */
	Map<ItemRef, ItemSummary> summaries(Collection<ItemRef> refs);

}
