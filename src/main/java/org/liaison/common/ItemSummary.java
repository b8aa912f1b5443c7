package org.liaison.common;

/** What a link to an item shows: its title and the portal path under {@code /{lang}}. */
public record ItemSummary(ItemRef ref, LocalizedText title, String path) {
}
