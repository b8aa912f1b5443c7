package org.liaison.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.common.LocalizedText;
import org.liaison.common.Money;
import org.liaison.content.ContentService;
import org.liaison.common.PublicationStatus;
import org.liaison.project.ParticipationRole;
import org.liaison.project.ProjectService;
import org.liaison.project.ProjectService.NewProject;
import org.liaison.project.ProjectStatus;
import org.liaison.support.PortalClient;
import org.liaison.support.LiaisonIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public pages run a bounded number of SQL statements, whatever the number of items: the count for
 * each page is measured, the data grows several-fold, and the count must not grow with it.
 * Runs in an application context of its own, so the data it adds stays out of other tests. The
 * statistics count every thread's statements, so the scheduled jobs (publishing, one statement per
 * schedulable kind each minute; the digest) do not start in it: a tick during a measured request
 * counted as the page's.
 */
@LiaisonIntegrationTest
@TestPropertySource(properties = { "spring.jpa.properties.hibernate.generate_statistics=true",
		"liaison.publishing.initial-delay=PT24H", "liaison.digest.initial-delay=PT24H" })
class QueryCountIntegrationTests {

	static final List<String> PAGES = List.of("/en/", "/en/regions", "/en/regions/africa", "/en/partners",
			"/en/partners/kenya", "/en/partners/kenya/briefing", "/en/partners/african-union", "/en/countries/ke", "/en/goals",
			"/en/goals/tackle-global-societal-challenges", "/en/priorities/digital-skills-and-literacy",
			"/en/projects", "/en/projects?region=africa", "/en/projects/wazihub", "/en/news",
			"/en/dialogues", "/en/dialogues/eu-australia-digital-dialogue", "/en/programmes/horizon-2020");

	@LocalServerPort
	int port;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	ProjectService projects;

	@Autowired
	ContentService content;

	PortalClient http;

	@BeforeEach
	void setUp() {
		http = new PortalClient(port);
	}

	@Test
	void pagesRunABoundedNumberOfQueriesWhateverTheNumberOfItems() {
		// Past the first growth every list is full (and Spring Data counts pages), so from then on
		// the number of statements must stay the same however much more data there is.
		grow(0, 25);
		Map<String, Long> before = measure();
		grow(25, 75);
		Map<String, Long> after = measure();
		for (String page : PAGES) {
			assertThat(after.get(page)).as("SQL statements for " + page + " (before growth: " + before.get(page) + ")")
				.isLessThanOrEqualTo(before.get(page))
				.isLessThanOrEqualTo(25);
		}
	}

	private Map<String, Long> measure() {
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String page : PAGES) {
			http.get(page); // warm up: the first request may load lazily cached metadata
			statistics.clear();
			http.get(page);
			counts.put(page, statistics.getPrepareStatementCount());
		}
		return counts;
	}

	/** Adds projects {@code from} to {@code to} across African countries, each with participants and tags, and news. */
	private void grow(int from, int to) {
		List<String> countries = List.of("KE", "UG", "TZ", "RW", "ET", "GH", "SN", "NG");
		for (int i = from; i < to; i++) {
			String acronym = "GROW" + i;
			projects.createProject(new NewProject("grow-" + i, acronym, LocalizedText.of("en", "Growth project " + i),
					LocalizedText.of("en", "A project added to measure queries."), "horizon-2020", "G" + i,
					ProjectStatus.ONGOING, LocalDate.of(2020, 1, 1).plusDays(i), LocalDate.of(2024, 1, 1),
					new Money(BigDecimal.valueOf(1_000_000 + i), "EUR"), new Money(BigDecimal.valueOf(900_000), "EUR"),
					null, java.util.stream.Stream.of(countries.get(i % countries.size()), "KE").distinct().toList(),
					List.of("tackle-global-societal-challenges"), List.of("digital-skills-and-literacy"), List.of(),
					List.of(new NewProject.Participant("Growth University " + i, null, "HES",
							ParticipationRole.COORDINATOR, "KE", new Money(BigDecimal.valueOf(500_000), "EUR")),
							new NewProject.Participant("Growth Lab " + i, null, "REC", ParticipationRole.PARTICIPANT,
									countries.get(i % countries.size()), null))));
			content.writeNews("grow-news-" + i, LocalizedText.of("en", "Growth news " + i), LocalizedText.empty(),
					LocalizedText.of("en", "Body."), LocalDate.of(2025, 1, 1).plusDays(i), List.of("kenya"), List.of(),
					PublicationStatus.PUBLISHED);
		}
	}

}
