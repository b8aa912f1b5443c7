package org.liaison.search.internal;

import java.util.Locale;

/** The portal address of an indexed item, from its type and its key. */
public final class ItemPaths {

	private ItemPaths() {
	}

	/** The path after {@code /{lang}/}, or null for a type without pages (organisations). */
	public static String of(String type, String key) {
		if (key == null || type == null) {
			return null;
		}
		return switch (type) {
			case "project" -> "projects/" + key;
			case "programme" -> "programmes/" + key;
			case "partner" -> "partners/" + key;
			case "region" -> "regions/" + key;
			case "country" -> "countries/" + key.toLowerCase(Locale.ROOT);
			case "dialogue" -> "dialogues/" + key;
			case "meeting" -> "dialogues/" + key;
			case "news" -> "news/" + key;
			case "page" -> "pages/" + key;
			case "document" -> "documents/" + key;
			case "term" -> key; // goals/…, priorities/… or topics/…: the term knows its vocabulary's path
			default -> null;
		};
	}

}
