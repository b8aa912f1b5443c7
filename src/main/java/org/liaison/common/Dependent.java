package org.liaison.common;

import java.util.List;

/**
 * Items of one kind that depend on an item someone wants to delete: how many there are, and a few
 * of their names to show. A delete is refused while any exist.
 *
 * @param kindKey the message key naming the kind, e.g. {@code admin.kind.projects}
 * @param count how many depend on the item
 * @param examples the names of the first few, for the refusal message
 */
public record Dependent(String kindKey, long count, List<String> examples) {

	public Dependent {
		examples = List.copyOf(examples);
	}

}
