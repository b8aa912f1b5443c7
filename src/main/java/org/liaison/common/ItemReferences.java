package org.liaison.common;

import java.util.List;

/**
 * Each module that keeps references to other modules' items (by foreign key, or by {@link ItemRef}
 * as related-content links and the items a commitment is carried out by do) publishes one, so that
 * the owner of an item can refuse its delete while something points at it and say by what, and keep
 * the references when its key changes — without knowing the modules that use it (they depend on it,
 * not the other way round).
 */
public interface ItemReferences {

	/** What of this module points at the item, one entry per kind; kinds with none may be left out. */
	List<Dependent> referencesTo(ItemRef item);

	/**
	 * The item's key changed (a new slug or code): references to it follow. References held by
	 * foreign key follow by themselves, hence nothing by default.
	 */
	default void rekey(ItemRef from, String newKey) {
	}

	/**
	 * The item has been deleted: what it pointed at itself (its own outgoing links) goes with it.
	 * Nothing by default.
	 */
	default void forget(ItemRef item) {
	}

	/** What points at an item, as every module reports it, with the kinds that have none left out. */
	static List<Dependent> collect(List<ItemReferences> references, ItemRef item) {
		return references.stream()
			.flatMap(reference -> reference.referencesTo(item).stream())
			.filter(dependent -> dependent.count() > 0)
			.toList();
	}

}
