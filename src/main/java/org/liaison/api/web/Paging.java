package org.liaison.api.web;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.liaison.api.ApiSettings;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The {@code limit} parameter, the {@code next} link, and keyset paging of short lists held in memory. */
@Component
class Paging {

	private final ApiSettings settings;

	Paging(ApiSettings settings) {
		this.settings = settings;
	}

	/** The page size asked for: the default when none, a 400 naming {@code limit} when out of range. */
	int limit(String limit) {
		if (limit == null || limit.isBlank()) {
			return settings.defaultLimit();
		}
		try {
			int value = Integer.parseInt(limit.strip());
			if (value >= 1 && value <= settings.maxLimit()) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw ApiException.badParameter("limit", limit, "is not a whole number from 1 to " + settings.maxLimit());
	}

	int maxLimit() {
		return settings.maxLimit();
	}

	/**
	 * A page of {@code all}, sorted by {@code key}, after the item whose key the cursor holds.
	 * For lists that are short by nature (countries, regions, partners…), read whole from their service.
	 */
	<E, T> Listing<T> page(String kind, List<E> all, Function<E, String> key, String cursor, int limit,
			Function<E, T> json, ApiLanguage language) {
		String[] after = Cursor.decode(cursor, kind, 1);
		List<E> sorted = all.stream()
			.sorted(Comparator.comparing(key))
			.filter(e -> after == null || key.apply(e).compareTo(after[0]) > 0)
			.limit(limit + 1L)
			.toList();
		boolean more = sorted.size() > limit;
		List<E> page = more ? sorted.subList(0, limit) : sorted;
		String next = more ? next(Cursor.encode(kind, key.apply(page.get(page.size() - 1)))) : null;
		return new Listing<>(page.stream().map(json).toList(), next, limit, language.label());
	}

	/** This request's address with {@code cursor} replaced: the next page's link. */
	static String next(String cursor) {
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("cursor", cursor)
			.build()
			.toUriString()
			.replaceFirst("^[a-z]+://[^/]+", "");
	}

}
