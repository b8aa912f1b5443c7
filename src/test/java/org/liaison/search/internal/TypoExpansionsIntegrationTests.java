package org.liaison.search.internal;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;

import org.liaison.support.LiaisonIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

/**
 * Words with typos expanded once find what the backend's fuzzy matching finds, ranked the same, on
 * the demo data set, for the public and for staff.
 */
@LiaisonIntegrationTest
class TypoExpansionsIntegrationTests {

	@Autowired
	TypoExpansions expansions;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void findAndRankWhatFuzzyMatchingFinds() {
		List<String> english = TextPredicates.stemmedLanguages("en", List.of());
		for (String query : List.of("wazihib", "digitl cooperaton", "partnershp", "sustainabel developmnet",
				"együttmüködés", "afrika", "\"digital cooperation\" strategc", "eu wazihub", "zyxwvutianq")) {
			for (boolean staff : List.of(false, true)) {
				QueryText text = QueryText.parse(query);
				List<Hit> fuzzy = hits(text, english, Typos.FUZZY, staff);
				List<Hit> expanded = hits(text, english, expansions.of(text, staff), staff);
				assertThat(expanded).as("%s, staff %s", query, staff).hasSameSizeAs(fuzzy);
				for (int i = 0; i < fuzzy.size(); i++) {
					assertThat(expanded.get(i).reference()).as("%s, staff %s, hit %d", query, staff, i)
						.isEqualTo(fuzzy.get(i).reference());
					assertThat(expanded.get(i).score()).isCloseTo(fuzzy.get(i).score(), withinPercentage(0.1));
				}
			}
		}
		assertThat(hits(QueryText.parse("wazihib"), english, expansions.of(QueryText.parse("wazihib"), false), false))
			.extracting(Hit::reference)
			.anyMatch(reference -> reference.startsWith("Project:"));
	}

	@Test
	void aWordTooShortForTyposHasNoneToExpand() {
		assertThat(expansions.of(QueryText.parse("eu afr"), false)).isSameAs(Typos.FUZZY);
		assertThat(expansions.of(QueryText.parse(""), false)).isSameAs(Typos.FUZZY);
	}

	record Hit(String reference, float score) {
	}

	private List<Hit> hits(QueryText text, List<String> languages, Typos typos, boolean staff) {
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			return Search.session(entityManager).search(Object.class)
				.select(f -> f.composite(f.entityReference(), f.score()))
				.where(f -> TextPredicates.matching(f, text, languages, typos, staff))
				.fetchHits(200)
				.stream()
				.map(row -> new Hit(((EntityReference) row.get(0)).name() + ":" + ((EntityReference) row.get(0)).id(),
						(Float) row.get(1)))
				.toList();
		}
	}

}
