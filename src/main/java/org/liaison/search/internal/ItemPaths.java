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


	/**
	 * The back-office address of an item, absolute, for signed-in staff; null for types the back
	 * office has no page for.
	 */
	public static String admin(String type, String key, Object id) {
		if (type == null) {
			return null;
		}
		return switch (type) {
			case "news" -> (id == null) ? null : "/admin/news/" + id;
			// a commitment's key is its meeting's: the meeting's page lists its commitments
			case "meeting", "commitment" -> (key == null) ? null : "/admin/dialogues/" + key;
			case "dialogue" -> "/admin/dialogues";
			default -> null;
		};
	}

}
