package org.liaison.search.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FacetEstimatesTests {

	@Test
	void scalesTheSampledCountsToTheMatchesMostFrequentFirst() {
		Map<String, Long> sample = new LinkedHashMap<>();
		sample.put("type:project", 900L);
		sample.put("type:news", 100L);
		sample.put("region:africa", 250L);
		sample.put("region:asia-pacific", 400L);
		sample.put("year:2015", 37L);
		Map<String, Map<Object, Long>> counts = FacetEstimates.of(sample, 45_000, List.of("type", "region", "year"), 12);
		assertThat(counts.get("type")).containsExactly(Map.entry("project", 41_000L), Map.entry("news", 4_500L));
		assertThat(counts.get("region")).containsExactly(Map.entry("asia-pacific", 18_000L), Map.entry("africa", 11_000L));
		assertThat(counts.get("year")).containsExactly(Map.entry("2015", 1_700L));
	}

	@Test
	void keepsTheMostFrequentValuesOfEachFacetOnly() {
		Map<String, Long> sample = Map.of("type:project", 10L, "country:KE", 5L, "country:UG", 3L, "country:TZ", 1L);
		assertThat(FacetEstimates.of(sample, 20_000, List.of("type", "country"), 2).get("country")).containsOnlyKeys("KE", "UG");
	}

	@Test
	void answersNullWhenTheSampleHoldsNoMatch() {
		assertThat(FacetEstimates.of(Map.of(), 20_000, List.of("type"), 12)).isNull();
	}

	@Test
	void roundsToTwoSignificantDigits() {
		assertThat(FacetEstimates.round(4_731)).isEqualTo(4_700);
		assertThat(FacetEstimates.round(95)).isEqualTo(95);
		assertThat(FacetEstimates.round(0.2)).isEqualTo(1);
		assertThat(FacetEstimates.round(1_234_567)).isEqualTo(1_200_000);
	}

}
