package org.liaison.common;

import java.util.List;

/**
 * Each module that holds references to items of another module publishes one of these, so that the
 * owning module can refuse to delete an item that is still used and say by what — without knowing
 * the modules that use it (they depend on it, not the other way round).
 */
public interface DependentFinder {

	/** What of this module depends on {@code item}; kinds with none may be left out. */
	List<Dependent> dependentsOf(ItemRef item);

	/** All dependents of an item, as every module reports them, with the kinds that have none left out. */
	static List<Dependent> collect(List<DependentFinder> finders, ItemRef item) {
		return finders.stream()
			.flatMap(finder -> finder.dependentsOf(item).stream())
			.filter(dependent -> dependent.count() > 0)
			.toList();
	}

}
