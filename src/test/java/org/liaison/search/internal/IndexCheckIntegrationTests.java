package org.liaison.search.internal;

import org.junit.jupiter.api.Test;

import org.liaison.search.SearchRequest;
import org.liaison.search.SearchService;
import org.liaison.support.LiaisonIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows written by SQL are not indexed until the check finds the counts differ and rebuilds the index. */
@LiaisonIntegrationTest
@TestPropertySource(properties = "liaison.test.context=search-writes")
class IndexCheckIntegrationTests {

	@Autowired
	IndexCheck check;

	@Autowired
	SearchIndexes indexes;

	@Autowired
	SearchService search;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void rebuildsWhenTheDatabaseHoldsRowsTheIndexLacks() {
		jdbc.update("insert into organisation (name, short_name, kind) values ('Numbat Research Institute', 'NUMBATRI', 'research')");
		assertThat(search.search(SearchRequest.of("numbat", "en")).total()).isZero();
		assertThat(check.reasonToRebuild()).containsPattern("organisation \\d+ \\(database: \\d+\\)");

		check.run(null);

		assertThat(check.reasonToRebuild()).isNull();
		assertThat(indexes.counts()).allMatch(SearchIndexes.Count::matches);
		assertThat(search.search(SearchRequest.of("numbat", "en")).hits()).extracting(h -> h.label())
			.containsExactly("NUMBATRI");
	}

}
