package org.liaison.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Database settings, bound from {@code LIAISON_DATABASE_URL}, {@code LIAISON_DATABASE_USER},
 * {@code LIAISON_DATABASE_PASSWORD} and {@code LIAISON_DATA_DIRECTORY}.
 *
 * @param url JDBC URL of an external PostgreSQL; when empty, the embedded one is started
 * @param user user for the external database
 * @param password password for the external database
 * @param dataDirectory where the embedded PostgreSQL (and the search index, media…) keep their files
 * @param embeddedPort port of the embedded PostgreSQL on 127.0.0.1; 0 picks a free one
 * @param poolSize the most connections Liaison holds open; it keeps two idle and opens more on demand
 */
@ConfigurationProperties("liaison.database")
public record DatabaseSettings(String url, String user, String password, @DefaultValue("data") Path dataDirectory,
		@DefaultValue("0") int embeddedPort, @DefaultValue("10") int poolSize) {

	/** The environment variable that names the data directory (mapped in {@code application.properties}). */
	public static final String DATA_DIRECTORY_VARIABLE = "LIAISON_DATA_DIRECTORY";

	public boolean external() {
		return url != null && !url.isBlank();
	}

}
