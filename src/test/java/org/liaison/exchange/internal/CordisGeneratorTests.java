package org.liaison.exchange.internal;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The synthetic CORDIS data's text: words drawn by how often they occur in the real records, so
 * that a few are very common and most are rare, as in real text (not a small list drawn uniformly).
 */
class CordisGeneratorTests {

	static final Path REAL_RECORDS = Path.of("src/test/resources/cordis/cordis-HORIZONprojects-xml-sample.zip");

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	@Test
	void theWordCountsAreThoseOfTheRealRecords() throws Exception {
		String resource;
		try (InputStream in = CordisGenerator.class.getResourceAsStream("/reference/cordis/words.txt")) {
			resource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(resource).isEqualTo(CordisWordCounts.render(CordisWordCounts.count(REAL_RECORDS)));
	}

	@Test
	void objectivesUseCommonWordsOftenAndRareWordsRarely() {
		CordisGenerator generator = new CordisGenerator(1, 2_000);
		Map<String, Integer> counts = new HashMap<>();
		for (long i = 0; i < 2_000; i++) {
			Matcher words = WORD.matcher(generator.project(i).objective.toLowerCase(Locale.ROOT));
			while (words.find()) {
				counts.merge(words.group(), 1, Integer::sum);
			}
		}
		// "the" is 6,950 of the real records' 128,827 words, "lab" (rank 1,000) 20 of them
		assertThat(counts.get("the")).isGreaterThan(100 * counts.getOrDefault("lab", 1));
		assertThat(counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()).isEqualTo("the");
		assertThat(counts).as("distinct words in 2,000 objectives").hasSizeGreaterThan(5_000);
	}

	@Test
	void projectsRunWholeMonthsFromMostlyTheFirstOfAMonthAsRealOnesDo() {
		CordisGenerator generator = new CordisGenerator(3, 2_000);
		int onTheFirst = 0;
		Map<Long, Integer> durations = new HashMap<>();
		for (long i = 0; i < 2_000; i++) {
			CordisGenerator.Project project = generator.project(i);
			if (project.start.getDayOfMonth() == 1) {
				onTheFirst++;
			}
			assertThat(project.end.plusDays(1).getDayOfMonth()).as("end of %s", project.acronym)
				.isEqualTo(project.start.getDayOfMonth());
			durations.merge(java.time.temporal.ChronoUnit.MONTHS.between(project.start, project.end.plusDays(1)), 1,
					Integer::sum);
		}
		// 378 of the 400 real records start on the first; most run 24, 36, 48 or 60 months
		assertThat(onTheFirst).isBetween(1_800, 1_960);
		assertThat(durations.get(24L) + durations.get(36L) + durations.get(48L) + durations.get(60L))
			.isGreaterThan(1_500);
		assertThat(durations).containsKey(18L).doesNotContainKey(13L);
	}

	@Test
	void theSameSeedDrawsTheSameWords() {
		CordisGenerator.Project one = new CordisGenerator(7, 100).project(42);
		CordisGenerator.Project two = new CordisGenerator(7, 100).project(42);
		CordisGenerator.Project otherSeed = new CordisGenerator(8, 100).project(42);
		assertThat(two.objective).isEqualTo(one.objective);
		assertThat(two.acronym).isEqualTo(one.acronym);
		assertThat(otherSeed.objective).isNotEqualTo(one.objective);
	}

}
