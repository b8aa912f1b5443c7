package org.liaison.support;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test application context at its database: the external PostgreSQL named by
 * {@code LIAISON_TEST_DATABASE_URL} (with {@code LIAISON_TEST_DATABASE_USER} and
 * {@code LIAISON_TEST_DATABASE_PASSWORD}), or else a fresh embedded PostgreSQL under
 * {@code target/test-data}, one directory per context so that contexts never share one.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String URL_VARIABLE = "LIAISON_TEST_DATABASE_URL";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> properties = new HashMap<>();
		String url = externalUrl();
		if (url != null) {
			properties.put("liaison.database.url", url);
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

	public static String externalUrl() {
		String url = System.getenv(URL_VARIABLE);
		return (url == null || url.isBlank()) ? null : url;
	}

	public static Path freshDataDirectory() {
		return Path.of("target", "test-data", UUID.randomUUID().toString()).toAbsolutePath();
	}

}
