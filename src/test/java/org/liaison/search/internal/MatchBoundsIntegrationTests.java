package org.liaison.search.internal;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;

import org.liaison.search.SearchService;
import org.liaison.support.LiaisonIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The bound read from term statistics, against the matches a search counts, on the demo data set. */
@LiaisonIntegrationTest
class MatchBoundsIntegrationTests {

	@Autowired
	MatchBounds bounds;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void neverBelowTheMatchesOfWordsAndPhrasesInAnyLanguage() {
		for (String query : List.of("digital", "digital cooperation", "\"digital cooperation\"", "együttműködés",
				"digitális együttműködés", "wazihub", "africa", "\"the eu\" digital", "partnership strategic")) {
			for (String language : List.of("en", "hu", "fr")) {
				for (boolean staff : List.of(false, true)) {
					QueryText text = QueryText.parse(query);
					List<String> languages = TextPredicates.stemmedLanguages(language, List.of());
					long matches = matches(text, languages, staff);
					assertThat(bounds.atMost(text, languages, false, staff))
						.as("%s in %s, staff %s (%d matches)", query, language, staff, matches)
						.isGreaterThanOrEqualTo(matches);
				}
			}
		}
	}

	@Test
	void tellsFewMatchesFromMany() {
		List<String> english = TextPredicates.stemmedLanguages("en", List.of());
		long wazihub = bounds.atMost(QueryText.parse("wazihub"), english, false, false);
		assertThat(matches(QueryText.parse("wazihub"), english, true)).isPositive();
		// one project's name, in a handful of its fields and of the texts that mention it
		assertThat(wazihub).isBetween(1L, 30L);
		assertThat(bounds.atMost(QueryText.parse("digital"), english, false, false)).isGreaterThan(wazihub);
		assertThat(bounds.atMost(QueryText.parse("zyxwvutian"), english, false, false)).isZero();
		assertThat(bounds.atMost(QueryText.parse("digital zyxwvutian"), english, false, false)).isZero();
	}

	@Test
	void knowsNoBoundForWordsWithTyposOrForNoText() {
		List<String> english = TextPredicates.stemmedLanguages("en", List.of());
		assertThat(bounds.atMost(QueryText.parse("wazihib"), english, true, false)).isEqualTo(MatchBounds.UNKNOWN);
		// with typos, a word too short for them and a phrase still bound the matches
		assertThat(bounds.atMost(QueryText.parse("wazihib eu"), english, true, false))
			.isEqualTo(bounds.atMost(QueryText.parse("eu"), english, false, false));
		assertThat(bounds.atMost(QueryText.parse("wazihib \"zyxw vutian\""), english, true, false)).isZero();
		assertThat(bounds.atMost(QueryText.parse(""), english, false, false)).isEqualTo(MatchBounds.UNKNOWN);
		assertThat(bounds.atMost(QueryText.parse(" - "), english, false, false)).isEqualTo(MatchBounds.UNKNOWN);
	}

	@Test
	void estimatesWordsTogetherBelowEachAloneAndNeverAboveTheBound() {
		List<String> english = TextPredicates.stemmedLanguages("en", List.of());
		MatchBounds.Matches digital = bounds.of(QueryText.parse("digital"), english, false, false);
		MatchBounds.Matches cooperation = bounds.of(QueryText.parse("cooperation"), english, false, false);
		MatchBounds.Matches both = bounds.of(QueryText.parse("digital cooperation"), english, false, false);
		MatchBounds.Matches phrase = bounds.of(QueryText.parse("\"digital cooperation\""), english, false, false);
		for (MatchBounds.Matches matches : List.of(digital, cooperation, both, phrase)) {
			assertThat(matches.likely()).isPositive().isLessThanOrEqualTo(matches.atMost());
		}
		// alone, a word is likely in the documents of the field that holds it most often: more than
		// its matches shared out evenly among the eight fields searched
		assertThat(digital.likely()).isGreaterThan(matches(QueryText.parse("digital"), english, true) / 8.0);
		assertThat(both.likely()).isLessThan(Math.min(digital.likely(), cooperation.likely()));
		assertThat(phrase.likely()).isLessThanOrEqualTo(both.likely());
		assertThat(bounds.of(QueryText.parse("digital zyxwvutian"), english, false, false).likely()).isZero();
		assertThat(bounds.of(QueryText.parse("wazihib"), english, true, false).likely()).isInfinite();
	}

	/** Every match, public or not (the bound counts both). */
	private long matches(QueryText text, List<String> languages, boolean staff) {
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			return SearchService.exactCount(Search.session(entityManager), text, languages, Map.of(), staff);
		}
	}

}
