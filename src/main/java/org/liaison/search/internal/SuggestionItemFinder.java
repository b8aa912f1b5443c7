package org.liaison.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.liaison.common.ItemFinder;
import org.liaison.common.ItemRef;
import org.liaison.common.ItemSummary;
import org.liaison.common.ItemType;
import org.liaison.common.LocalizedText;
import org.liaison.search.SearchService;
import org.liaison.search.Suggestion;

import org.springframework.stereotype.Component;

/** The search module's {@link ItemFinder}: the suggestions of the search box, as item references. */
@Component
class SuggestionItemFinder implements ItemFinder {

	private final SearchService search;

	SuggestionItemFinder(SearchService search) {
		this.search = search;
	}

	@Override
	public List<ItemSummary> find(String typed, String language) {
		List<ItemSummary> found = new ArrayList<>();
		for (Suggestion suggestion : search.suggest(typed, language)) {
			ItemRef ref = refOf(suggestion);
			if (ref != null) {
				found.add(new ItemSummary(ref, LocalizedText.of(language, suggestion.text()), suggestion.path()));
			}
		}
		return found;
	}

	/** The item a suggestion names, from its type and its path (the inverse of {@link ItemPaths}). */
	static ItemRef refOf(Suggestion suggestion) {
		if (suggestion.path() == null || suggestion.type() == null) {
			return null;
		}
		ItemType type;
		try {
			type = ItemType.fromCode(suggestion.type());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		String prefix = type.pathSegment() + "/";
		if (!suggestion.path().startsWith(prefix) || suggestion.path().length() == prefix.length()) {
			return null;
		}
		String key = suggestion.path().substring(prefix.length());
		return new ItemRef(type, (type == ItemType.COUNTRY) ? key.toUpperCase(Locale.ROOT) : key);
	}

}
