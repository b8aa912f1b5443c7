package org.liaison.common;

import java.util.List;

/**
 * Finds public items of any type by the words their title starts with, for pickers such as the
 * related-content one. The search module provides it; a module that needs it asks for it without
 * depending on search.
 */
public interface ItemFinder {

	/** Up to a few items whose title or short name starts with the words typed, titles in {@code language}. */
	List<ItemSummary> find(String typed, String language);

}
