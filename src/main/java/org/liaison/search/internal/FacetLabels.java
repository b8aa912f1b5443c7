package org.liaison.search.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
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

	/** Titles by {@code facet:value}, from the documents of the regions, countries, terms and programmes counted. */
	private static Map<String, String> titles(SearchSession session, Map<String, Map<Object, Long>> counts,
			String language) {
		Map<String, String> titles = new HashMap<>();
		boolean any = OWNER.keySet().stream().anyMatch(f -> !counts.getOrDefault(f, Map.of()).isEmpty());
		if (!any) {
			return titles;
		}
		List<List<?>> rows = session.search(Object.class)
			.select(f -> f.composite()
				.from(f.field(SearchFields.TYPE, String.class), f.field(SearchFields.KEY, String.class),
						f.field(HitReader.stored(SearchFields.TITLE), String.class))
				.asList())
			.where(f -> {
				BooleanPredicateClausesStep<?, ?> any2 = f.bool();
				OWNER.forEach((facet, type) -> {
					Map<Object, Long> values = counts.getOrDefault(facet, Map.of());
					if (!values.isEmpty()) {
						any2.should(f.and(f.match().field(SearchFields.TYPE).matching(type),
								f.terms().field(facet).matchingAny(values.keySet())));
					}
				});
				return any2;
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
