package org.liaison.common;

import java.util.List;

/** A delete refused because other items still depend on the item; nothing was changed. */
public class InUseException extends RuntimeException {

	private final List<Dependent> dependents;

	public InUseException(String item, List<Dependent> dependents) {
		super(item + " is still used by " + dependents.stream()
			.map(d -> d.count() + " " + d.kindKey())
			.toList());
		this.dependents = List.copyOf(dependents);
	}

	public List<Dependent> dependents() {
		return dependents;
	}

	/** Throws when the list holds any dependents with a count above zero. */
	public static void refuseIfAny(String item, List<Dependent> dependents) {
		List<Dependent> present = dependents.stream().filter(d -> d.count() > 0).toList();
		if (!present.isEmpty()) {
			throw new InUseException(item, present);
		}
	}

}
