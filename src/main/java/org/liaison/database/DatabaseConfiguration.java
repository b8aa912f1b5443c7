package org.liaison.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Gives Liaison one connection pool: to the external PostgreSQL when {@code LIAISON_DATABASE_URL}
 * is set, else to the embedded one. The connection is checked before the pool exists, so that a
 * wrong URL or password is told in one line instead of a pool's stack trace.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	@ConditionalOnExpression("'${liaison.database.url:}'.isBlank()")
	EmbeddedPostgresServer embeddedPostgresServer(DatabaseSettings settings) {
		return EmbeddedPostgresServer.start(settings.dataDirectory(), settings.embeddedPort());
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(DatabaseSettings settings, ObjectProvider<EmbeddedPostgresServer> embedded) {
		String url;
		String user;
		String password;
		if (settings.external()) {
			url = settings.url();
			user = settings.user();
			password = settings.password();
			log.info("Using the external PostgreSQL at {}", withoutSecrets(url));
		}
		else {
			url = embedded.getObject().jdbcUrl();
			user = EmbeddedPostgresServer.USER;
			password = null;
		}
		checkConnection(url, user, password);
		HikariConfig config = new HikariConfig();
		config.setPoolName("liaison");
		config.setJdbcUrl(url);
		config.setUsername(user);
		config.setPassword(password);
		config.setMaximumPoolSize(Math.max(2, settings.poolSize()));
		// a few idle connections, more on demand: servers and test contexts sharing one PostgreSQL
		// must not each hold a full pool open
		config.setMinimumIdle(2);
		// batched inserts (imports) go to the server as multi-row statements
		config.addDataSourceProperty("reWriteBatchedInserts", "true");
		return new HikariDataSource(config);
	}

	static void checkConnection(String url, String user, String password) {
		if (!url.startsWith("jdbc:postgresql:")) {
			throw new DatabaseStartupException("LIAISON_DATABASE_URL '" + withoutSecrets(url)
					+ "' is not a PostgreSQL JDBC URL", "Use jdbc:postgresql://HOST:PORT/DATABASE.", null);
		}
		Properties properties = new Properties();
		if (user != null) {
			properties.setProperty("user", user);
		}
		if (password != null) {
			properties.setProperty("password", password);
		}
		properties.setProperty("connectTimeout", "10");
		try (Connection connection = DriverManager.getConnection(url, properties)) {
			connection.isValid(5);
		}
		catch (SQLException ex) {
			throw describe(ex, withoutSecrets(url), user);
		}
	}

	static DatabaseStartupException describe(SQLException ex, String url, String user) {
		String state = (ex.getSQLState() != null) ? ex.getSQLState() : "";
		if (state.equals("28P01") || state.equals("28000")) {
			return new DatabaseStartupException("The database at " + url + " refused user '" + user
					+ "': wrong user name or password", "Check LIAISON_DATABASE_USER and LIAISON_DATABASE_PASSWORD.", ex);
		}
		if (state.equals("3D000")) {
			return new DatabaseStartupException("The database named in " + url + " does not exist",
					"Create it (createdb) or correct LIAISON_DATABASE_URL.", ex);
		}
		if (state.startsWith("08")) {
			return new DatabaseStartupException("Cannot reach the database at " + url + ": "
					+ EmbeddedPostgresServer.rootMessage(ex),
					"Check that PostgreSQL is running there and that LIAISON_DATABASE_URL names the right host and port.", ex);
		}
		return new DatabaseStartupException("Cannot use the database at " + url + ": " + ex.getMessage(),
				"Check LIAISON_DATABASE_URL, LIAISON_DATABASE_USER and LIAISON_DATABASE_PASSWORD.", ex);
	}

	/** The URL without its query string, which may carry a password. */
	static String withoutSecrets(String url) {
		int query = url.indexOf('?');
		return (query < 0) ? url : url.substring(0, query);
	}

}
