package org.liaison.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.liaison.common.LocalizedText;
import org.liaison.common.search.SearchFields;
import org.liaison.search.internal.HitReader;
import org.liaison.search.internal.QueryText;

import org.springframework.stereotype.Service;

/**
 * "More like this": the public items whose texts share the most telling words with a given item's,
 * found automatically beside the related items editors chose. The item's own indexed texts become
 * one query over the same-language fields — the language analyzers drop stop words and stem, and
 * the backend's relevance scoring (BM25) gives rare shared words the weight — so it needs nothing
 * but Hibernate Search's backend-neutral API.
 */
@Service
public class MoreLikeThis {

	/** How many suggestions an item page shows. */
	public static final int SHOWN = 5;

	/** Texts are cut to this many characters before they become a query: enough words, a bounded query. */
	private static final int TEXT_LIMIT = 600;

	private final EntityManagerFactory entityManagerFactory;

	MoreLikeThis(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	/**
	 * Up to {@code count} public items like the item of {@code type} and {@code key} (as in its portal
	 * address: {@code project}, {@code wazihub}), best first; none when the item is not in the public index.
	 */
	public List<SearchHit> similarTo(String type, String key, String language, int count) {
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			SearchSession session = Search.session(entityManager);
			List<List<?>> found = session.search(Object.class)
				.select(HitReader::projection)
				.where(f -> self(f, type, key).filter(visibleToAll(f)))
				.fetchHits(1);
			if (found.isEmpty()) {
				return List.of();
			}
			Item item = Item.of(found.get(0));
			if (item.texts().isEmpty()) {
				return List.of();
			}
			List<String> languages = languages(item, language);
			return session.search(Object.class)
				.select(HitReader::projection)
				.where(f -> {
					BooleanPredicateClausesStep<?, ?> like = f.bool();
					item.texts().forEach((field, text) -> addClauses(f, like, field, text, languages));
					return f.bool().must(like).filter(visibleToAll(f)).mustNot(self(f, type, key));
				})
				.fetchHits(count)
				.stream()
				.map(row -> HitReader.read(row, QueryText.parse(""), language, false))
				.toList();
		}
	}

	/** What an item page shows: {@link #SHOWN} items, for templates ({@code moreLikeThis.shown("project", slug, page.language())}). */
	public List<SearchHit> shown(String type, String key, String language) {
		return similarTo(type, key, language, SHOWN);
	}

	private static BooleanPredicateClausesStep<?, ?> self(SearchPredicateFactory f, String type, String key) {
		return f.bool().must(f.match().field(SearchFields.TYPE).matching(type))
			.must(f.match().field(SearchFields.KEY).matching(key));
	}

	private static org.hibernate.search.engine.search.predicate.SearchPredicate visibleToAll(SearchPredicateFactory f) {
		return f.match().field(SearchFields.VISIBILITY).matching(SearchFields.PUBLIC).toPredicate();
	}

	/** The reader's language, English, and the item's own official languages (stemmed fields exist for those). */
	private static List<String> languages(Item item, String reader) {
		Set<String> languages = new LinkedHashSet<>();
		languages.add(reader);
		languages.add(LocalizedText.FALLBACK_LANGUAGE);
		item.texts().values().forEach(text -> languages.addAll(text.asMap().keySet()));
		languages.retainAll(SearchFields.LANGUAGES);
		return List.copyOf(languages);
	}

	/**
	 * Each translation in its own language's field (stop words out, stems in), boosted as the search
	 * boosts that field; a text in no official language, and the label, in the folded field.
	 */
	private static void addClauses(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> like, String field,
			LocalizedText text, List<String> languages) {
		float boost = switch (field) {
			case SearchFields.LABEL -> 4f;
			case SearchFields.TITLE -> 3f;
			case SearchFields.SUMMARY -> 1.5f;
			default -> 1f;
		};
		text.asMap().forEach((language, value) -> {
			String cut = cut(value);
			if (cut.isBlank()) {
				return;
			}
			if (!SearchFields.LABEL.equals(field) && languages.contains(language)) {
				like.should(f.match().field(SearchFields.languageField(field, language)).matching(cut).boost(boost));
			}
			else if (SearchFields.LABEL.equals(field) || !SearchFields.LANGUAGES.contains(language)) {
				like.should(f.match().field(field).matching(cut).boost(boost));
			}
		});
	}

	private static String cut(String text) {
		if (text.length() <= TEXT_LIMIT) {
			return text;
		}
		int end = text.lastIndexOf(' ', TEXT_LIMIT);
		return text.substring(0, (end > 0) ? end : TEXT_LIMIT);
	}

	/** The item's texts by field, read from its stored copies. */
	private record Item(Map<String, LocalizedText> texts) {

		static Item of(List<?> row) {
			Map<String, LocalizedText> texts = new java.util.LinkedHashMap<>();
			String[] fields = { SearchFields.TITLE, SearchFields.LABEL, SearchFields.SUMMARY, SearchFields.BODY };
			for (int i = 0; i < fields.length; i++) {
				LocalizedText text = HitReader.text(row.get(2 + i));
				if (!text.isEmpty()) {
					texts.put(fields[i], text);
				}
			}
			return new Item(texts);
		}

	}

}
