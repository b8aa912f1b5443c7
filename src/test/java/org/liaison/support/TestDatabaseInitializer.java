package org.liaison.support;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test application context at its database: a fresh embedded PostgreSQL under
 * {@code target/test-data}, one directory per context so that contexts never share one; or, when
 * the system property {@code liaison.test.database} is {@code external} and
 * {@code LIAISON_TEST_DATABASE_URL} is set (with {@code LIAISON_TEST_DATABASE_USER} and
 * {@code LIAISON_TEST_DATABASE_PASSWORD}), a fresh schema of that PostgreSQL. The build sets the property:
 * {@code embedded} for surefire, {@code external} for failsafe's second run of the
 * {@code *IntegrationTests} (the {@code external-test-database} profile in {@code pom.xml}).
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String URL_VARIABLE = "LIAISON_TEST_DATABASE_URL";

	/** System property saying which database this test run uses: {@code embedded} (default) or {@code external}. */
	public static final String MODE_PROPERTY = "liaison.test.database";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> properties = new HashMap<>();
		String url = externalUrl();
		if (url != null) {
			// Each context gets a schema of its own in the external database, as it gets a data
			// directory of its own on the embedded one: contexts never see each other's data.
			String schema = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
			properties.put("liaison.database.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
			properties.put("spring.flyway.schemas", schema);
			// every cached test context holds its own pool on the one server (max_connections 100)
			properties.put("liaison.database.pool-size", "5");
			// The search index and other files still live under the data directory: one per context too.
			properties.put("liaison.database.data-directory", freshDataDirectory().toString());
			properties.put("liaison.database.user", System.getenv().getOrDefault("LIAISON_TEST_DATABASE_USER", ""));
			properties.put("liaison.database.password",
					System.getenv().getOrDefault("LIAISON_TEST_DATABASE_PASSWORD", ""));
		}
		else {
			properties.put("liaison.database.url", "");
			properties.put("liaison.database.data-directory", freshDataDirectory().toString());
		}
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("liaison-test-database", properties));
	}

	/** The external database's URL when this run tests on it, else null (the embedded PostgreSQL). */
	public static String externalUrl() {
		if (!"external".equals(System.getProperty(MODE_PROPERTY))) {
			return null;
		}
		String url = System.getenv(URL_VARIABLE);
		return (url == null || url.isBlank()) ? null : url;
	}

	public static Path freshDataDirectory() {
		return Path.of("target", "test-data", UUID.randomUUID().toString()).toAbsolutePath();
	}

}
