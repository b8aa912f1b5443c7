package org.liaison.search;

/**
 * A completion offered while typing: an item whose title or short name starts with the words typed.
 *
 * @param type the item's type code
 * @param text the title in the reader's language (or the short name)
 * @param path the item's portal address after {@code /{lang}/}, or null
 */
public record Suggestion(String type, String text, String path) {
}
