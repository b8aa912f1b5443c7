package org.liaison.search.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.liaison.common.Languages;
import org.liaison.common.search.SearchFields;
import org.liaison.search.SearchRequest;
import org.liaison.search.SearchResults.Facet;
import org.liaison.search.SearchResults.FacetValue;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Names facet values for the reader: regions, countries, goals, priorities and programmes by their
 * own titles — read from their index documents in one query, no module's service needed — types
 * from the {@code search} messages, languages by their names.
 */
@Component
public class FacetLabels {

	/** Which indexed type names the values of a facet, by its key. */
	private static final Map<String, String> OWNER = Map.of(SearchFields.REGION, "region", SearchFields.COUNTRY,
			"country", SearchFields.GOAL, "term", SearchFields.PRIORITY, "term", SearchFields.PROGRAMME, "programme");

	private final MessageSource messages;

	/**
	 * How long a title read from the index is shown without reading it again: a renamed region shows
	 * under its new name within a second, as any change shows in the search (ADR 10).
	 */
	static final long FRESH_NANOS = 1_000_000_000L;

	/** A title as read, or null for a value no document names; when it was read. */
	private record Title(String text, long readAt) {
	}

	/** Titles read, by {@code language|facet:value}: as many as there are values and languages. */
	private final Map<String, Title> cache = new ConcurrentHashMap<>();

	/** {@link #owners}, once known. */
	private volatile SearchScope<Object> ownerScope;

	FacetLabels(MessageSource messages) {
		this.messages = messages;
	}

	public List<Facet> facets(SearchSession session, Map<String, Map<Object, Long>> counts, SearchRequest request) {
		Map<String, String> titles = titles(session, counts, request.language());
		List<Facet> facets = new ArrayList<>();
		counts.forEach((facet, values) -> {
			List<String> selected = request.filters().getOrDefault(facet, List.of());
			List<FacetValue> shown = new ArrayList<>();
			values.forEach((value, count) -> {
				String code = String.valueOf(value);
				String label = switch (facet) {
					case SearchFields.TYPE -> messages.getMessage("search.type." + code, null, code,
							Locale.forLanguageTag(request.language()));
					case SearchFields.LANGUAGE -> Languages.autonym(code);
					case SearchFields.YEAR -> code;
					default -> titles.getOrDefault(facet + ":" + code, code);
				};
				String value1 = facet.equals(SearchFields.COUNTRY) ? code.toLowerCase(Locale.ROOT) : code;
				shown.add(new FacetValue(value1, label, count, selected.contains(value1) || selected.contains(code)));
			});
			facets.add(new Facet(facet, shown));
		});
		return facets;
	}

	/**
	 * The indexes of the entities whose documents name facet values: searching these four alone
	 * spares the set-up of the others (a search reads every segment of every index in its scope).
	 */
	private SearchScope<Object> owners(SearchSession session) {
		SearchScope<Object> scope = ownerScope;
		if (scope == null) {
			Set<String> indexes = Set.copyOf(OWNER.values());
			SearchMapping mapping = Search.mapping(session.toEntityManager().getEntityManagerFactory());
			scope = mapping.scope(Object.class, mapping.allIndexedEntities()
				.stream()
				.filter(entity -> indexes.contains(entity.indexManager().descriptor().hibernateSearchName()))
				.map(SearchIndexedEntity::jpaName)
				.toList());
			ownerScope = scope;
		}
		return scope;
	}

	/**
	 * Titles by {@code facet:value} of the regions, countries, terms and programmes counted, from their
	 * documents: from this one's cache if read less than {@link #FRESH_NANOS} ago, else read anew.
	 */
	private Map<String, String> titles(SearchSession session, Map<String, Map<Object, Long>> counts,
			String language) {
		long now = System.nanoTime();
		Map<String, String> titles = new HashMap<>();
		Map<String, Set<Object>> missing = new HashMap<>();
		OWNER.keySet().forEach(facet -> counts.getOrDefault(facet, Map.of()).keySet().forEach(value -> {
			String key = facet + ":" + value;
			Title cached = cache.get(language + "|" + key);
			if (cached != null && now - cached.readAt() < FRESH_NANOS) {
				if (cached.text() != null) {
					titles.put(key, cached.text());
				}
			}
			else {
				missing.computeIfAbsent(facet, f -> new HashSet<>()).add(value);
			}
		}));
		if (!missing.isEmpty()) {
			Map<String, String> read = read(session, missing, language);
			missing.forEach((facet, values) -> values.forEach(value -> {
				String key = facet + ":" + value;
				String title = read.get(key);
				cache.put(language + "|" + key, new Title(title, now));
				if (title != null) {
					titles.put(key, title);
				}
			}));
		}
		return titles;
	}

	/** Titles by {@code facet:value}, read from the documents of these regions, countries, terms and programmes. */
	private Map<String, String> read(SearchSession session, Map<String, Set<Object>> values, String language) {
		Map<String, String> titles = new HashMap<>();
		List<List<?>> rows = session.search(owners(session))
			.select(f -> f.composite()
				.from(f.field(SearchFields.TYPE, String.class), f.field(SearchFields.KEY, String.class),
						f.field(HitReader.stored(SearchFields.TITLE), String.class))
				.asList())
			.where(f -> {
				BooleanPredicateClausesStep<?, ?> any = f.bool();
				values.forEach((facet, codes) -> any.should(f.and(
						f.match().field(SearchFields.TYPE).matching(OWNER.get(facet)),
						f.terms().field(facet).matchingAny(codes))));
				return any;
			})
			.fetchHits(500);
		for (List<?> row : rows) {
			String type = (String) row.get(0);
			String key = (String) row.get(1);
			String title = HitReader.text(row.get(2)).textFor(language);
			if (key == null) {
				continue;
			}
			switch (type) {
				case "region" -> titles.put(SearchFields.REGION + ":" + key, title);
				case "country" -> titles.put(SearchFields.COUNTRY + ":" + key, title);
				case "programme" -> titles.put(SearchFields.PROGRAMME + ":" + key, title);
				case "term" -> {
					String slug = key.substring(key.indexOf('/') + 1);
					titles.put((key.startsWith("goals/") ? SearchFields.GOAL : SearchFields.PRIORITY) + ":" + slug, title);
				}
				default -> {
				}
			}
		}
		return titles;
	}

}
