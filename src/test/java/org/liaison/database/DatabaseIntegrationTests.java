package org.liaison.database;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.liaison.support.LiaisonIntegrationTest;
import org.liaison.support.TestDatabaseInitializer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The integration tests run where the build says: on the embedded PostgreSQL in surefire, and again
 * on {@code LIAISON_TEST_DATABASE_URL} in failsafe when that is set.
 */
@LiaisonIntegrationTest
class DatabaseIntegrationTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	ObjectProvider<EmbeddedPostgresServer> embedded;

	@Test
	void runsOnTheDatabaseThisTestRunAskedFor() throws SQLException {
		String url;
		try (Connection connection = dataSource.getConnection()) {
			url = connection.getMetaData().getURL();
		}
		String external = TestDatabaseInitializer.externalUrl();
		if (external != null) {
			assertThat(url).startsWith(external).contains("currentSchema=test_");
			assertThat(embedded.getIfAvailable()).as("no embedded PostgreSQL beside an external one").isNull();
		}
		else {
			assertThat(embedded.getIfAvailable()).isNotNull();
			assertThat(url).isEqualTo(embedded.getObject().jdbcUrl());
		}
	}

	@Test
	void findsTheSchemaMigrated() {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Integer.class))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from country", Integer.class)).isEqualTo(249);
	}

}
