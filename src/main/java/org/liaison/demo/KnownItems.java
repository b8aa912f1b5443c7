package org.liaison.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.liaison.common.ItemRef;
import org.liaison.common.ItemType;
import org.liaison.common.Slug;

/**
 * What a data set defines, as it is read, so that every reference in it (a project's goals, a
 * news item's partners, a link's target) is checked against the file before anything is stored.
 */
final class KnownItems {

	/** ISO 3166-1 alpha-2 codes as the JDK knows them; the database's country list is the same standard. */
	private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

	/** Where each item was defined, by its reference ("project:wazihub" → "projects[4]"). */
	private final Map<String, String> definitions = new HashMap<>();

	/** Reads the node's slug (or code), checks its form and that it is new, and records the item. */
	String define(YamlNode node, ItemType type) {
		return define(node, type.code());
	}

	/** As {@link #define(YamlNode, ItemType)}, for a term of a vocabulary: the reference is "vocabulary/slug". */
	String defineTerm(YamlNode node, String vocabulary) {
		String slug = slug(node);
		record(node, ItemType.TERM.code() + ":" + vocabulary + "/" + slug);
		return slug;
	}

	/** Records a meeting, referred to as "meeting:series/number". */
	void defineMeeting(YamlNode node, String series, int number) {
		record(node, ItemType.MEETING.code() + ":" + series + "/" + number);
	}

	String defineVocabulary(YamlNode node) {
		return define(node, "vocabulary");
	}

	private String define(YamlNode node, String kind) {
		String slug = slug(node);
		record(node, kind + ":" + slug);
		return slug;
	}

	private void record(YamlNode node, String reference) {
		String first = definitions.putIfAbsent(reference, node.path());
		if (first != null) {
			throw node.error("'" + reference + "' is defined twice; first at " + first);
		}
	}

	private static String slug(YamlNode node) {
		String slug = node.requireText();
		if (!Slug.isValid(slug)) {
			throw node.error("'" + slug + "' is not a valid slug (lower-case letters, digits and single hyphens)");
		}
		return slug;
	}

	/** The node's ISO 3166-1 alpha-2 country code, upper case. */
	String country(YamlNode node) {
		String code = node.requireText();
		if (!ISO_COUNTRIES.contains(code.toUpperCase(Locale.ROOT))) {
			throw node.error("'" + code + "' is not an ISO 3166-1 alpha-2 country code");
		}
		return code.toUpperCase(Locale.ROOT);
	}

	List<String> countries(YamlNode list) {
		return list.items().stream().map(this::country).toList();
	}

	/** The slug of an item of this type that the data set has defined already. */
	String existing(YamlNode node, ItemType type) {
		String slug = node.requireText();
		if (!definitions.containsKey(type.code() + ":" + slug)) {
			throw node.error("'" + slug + "' is not a " + type.name().toLowerCase(Locale.ROOT) + " of this data set");
		}
		return slug;
	}

	/** The slugs in a list, each of an item of this type that the data set has defined already. */
	List<String> allExisting(YamlNode list, ItemType type) {
		return list.items().stream().map(item -> existing(item, type)).toList();
	}

	/** The slugs of terms of a vocabulary that the data set has defined already. */
	List<String> terms(YamlNode list, String vocabulary) {
		return list.items().stream().map(item -> {
			String slug = item.requireText();
			if (!definitions.containsKey(ItemType.TERM.code() + ":" + vocabulary + "/" + slug)) {
				throw item.error("'" + slug + "' is not a term of vocabulary '" + vocabulary + "'");
			}
			return slug;
		}).toList();
	}

	/** A reference such as {@code page:foreign-policy} to an item of this data set, or to any country. */
	ItemRef itemRef(YamlNode node) {
		String text = node.requireText();
		ItemRef ref;
		try {
			ref = ItemRef.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw node.error(ex.getMessage());
		}
		if (ref.type() == ItemType.COUNTRY) {
			if (!ISO_COUNTRIES.contains(ref.key().toUpperCase(Locale.ROOT))) {
				throw node.error("'" + ref.key() + "' is not an ISO 3166-1 alpha-2 country code");
			}
			// countries are linked by their lower-case code, as their portal paths are
			return new ItemRef(ItemType.COUNTRY, ref.key().toLowerCase(Locale.ROOT));
		}
		if (!definitions.containsKey(ref.toString())) {
			throw node.error("'" + text + "' names no item of this data set");
		}
		return ref;
	}

}
