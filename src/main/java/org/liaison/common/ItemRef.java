package org.liaison.common;

/**
 * Points at any item of any module — a project, a partner, a page — by its type and its key
 * (a slug or a code), so that links between items need no module to know another's entities.
 */
public record ItemRef(ItemType type, String key) {

	public ItemRef {
		if (type == null || key == null || key.isBlank()) {
			throw new IllegalArgumentException("An item reference needs a type and a key");
		}
	}

	public static ItemRef parse(String text) {
		int colon = text.indexOf(':');
		if (colon < 1) {
			throw new IllegalArgumentException("'" + text + "' is not an item reference of the form type:key");
		}
		return new ItemRef(ItemType.fromCode(text.substring(0, colon)), text.substring(colon + 1));
	}

	@Override
	public String toString() {
		return type.code() + ":" + key;
	}

}
