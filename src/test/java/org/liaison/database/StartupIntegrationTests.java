package org.liaison.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Liaison started, killed and started again as separate processes, the way an administrator meets
 * it: what survives a {@code kill -9}, and what a person reads when it cannot start.
 * <p>
 * The class runs beside the rest of the suite (junit-platform.properties): its time goes mostly to
 * waiting for the processes it starts. Its own tests still run one after another (the lock makes
 * them), since each starts Liaisons of its own and some stop them by force.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("separate-liaison-processes")
class StartupIntegrationTests {

	private static final Path DATA_ROOT = Path.of("target", "startup-tests", "data").toAbsolutePath();

	private static final int COUNTRIES = 249;

	@Test
	void restartsAfterKillMinusNineAndStopsTheOrphanedPostgresWithoutLosingData() throws Exception {
		Path data = freshDataDirectory();
		long orphanPid;
		try (LiaisonProcess first = LiaisonProcess.start("killed", data, LiaisonProcess.freePort(), Map.of())) {
			first.awaitReady();
			try (Connection connection = first.connectToEmbeddedDatabase()) {
				insertProbe(connection, "written before kill -9");
				assertThat(count(connection, "country")).isEqualTo(COUNTRIES);
			}
			first.kill();
			orphanPid = LeftoverPostmaster.find(LiaisonProcess.postgresDirectory(data))
				.map(ProcessHandle::pid)
				.orElseThrow(() -> new AssertionError("kill -9 should leave the embedded PostgreSQL running"));

			// Someone still connected to the orphan must not hold up the next start.
			try (Connection stillConnected = LiaisonProcess.connectToEmbeddedDatabase(data);
					LiaisonProcess second = LiaisonProcess.start("after-kill", data, LiaisonProcess.freePort(), Map.of())) {
				second.awaitReady();

				assertThat(second.stdout()).contains("Stopping the PostgreSQL (process " + orphanPid + ") left running on");
				assertThat(ProcessHandle.of(orphanPid).filter(ProcessHandle::isAlive)).isEmpty();
				try (Connection connection = second.connectToEmbeddedDatabase()) {
					assertThat(probes(connection)).containsExactly("written before kill -9");
					assertThat(count(connection, "country")).isEqualTo(COUNTRIES);
				}
				assertThat(second.stackTraceLines()).isEmpty();
			}
		}
	}

	@Test
	void keepsItsDataAcrossACleanStopAndRestart() throws Exception {
		Path data = freshDataDirectory();
		try (LiaisonProcess first = LiaisonProcess.start("stopped", data, LiaisonProcess.freePort(), Map.of())) {
			first.awaitReady();
			try (Connection connection = first.connectToEmbeddedDatabase()) {
				insertProbe(connection, "written before a clean stop");
				// zonky's defaults (fsync off) would lose committed data when the machine crashes
				assertThat(setting(connection, "fsync")).isEqualTo("on");
				assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
			}
			first.stop();
			assertThat(LeftoverPostmaster.find(LiaisonProcess.postgresDirectory(data))).isEmpty();
		}
		try (LiaisonProcess second = LiaisonProcess.start("restarted", data, LiaisonProcess.freePort(), Map.of())) {
			second.awaitReady();

			assertThat(second.stdout()).doesNotContain("left running");
			try (Connection connection = second.connectToEmbeddedDatabase()) {
				assertThat(probes(connection)).containsExactly("written before a clean stop");
				assertThat(count(connection, "country")).isEqualTo(COUNTRIES);
			}
		}
	}

	@Test
	void saysInOneLineThatTheDatabaseCannotBeReached() throws IOException {
		int closedPort = LiaisonProcess.freePort();
		Path data = freshDataDirectory();
		try (LiaisonProcess liaison = LiaisonProcess.start("unreachable", data, LiaisonProcess.freePort(),
				Map.of("LIAISON_DATABASE_URL", "jdbc:postgresql://127.0.0.1:" + closedPort + "/x"))) {
			assertThat(liaison.awaitExit()).isNotZero();

			assertOneLineFailure(liaison, "Cannot reach the database at jdbc:postgresql://127.0.0.1:" + closedPort + "/x");
			assertThat(LiaisonProcess.postgresDirectory(data)).doesNotExist();
		}
	}

	/** One Liaison runs; a second one is started beside it. */
	@Nested
	@TestInstance(TestInstance.Lifecycle.PER_CLASS)
	class WhileAnotherLiaisonRuns {

		private LiaisonProcess running;

		@BeforeAll
		void startTheFirstLiaison() {
			running = LiaisonProcess.start("running", freshDataDirectory(), LiaisonProcess.freePort(), Map.of()).awaitReady();
		}

		@AfterAll
		void stopTheFirstLiaison() throws IOException {
			running.close();
		}

		@Test
		void refusesItsDataDirectoryInOneLine() throws IOException {
			try (LiaisonProcess second = LiaisonProcess.start("same-data", running.dataDirectory(),
					LiaisonProcess.freePort(), Map.of())) {
				assertThat(second.awaitExit()).isNotZero();

				assertOneLineFailure(second, "The data directory " + running.dataDirectory()
						+ " is in use by another running Liaison");
			}
			assertThat(running.status("/actuator/health")).isEqualTo(200);
		}

		@Test
		void refusesItsPortInOneLineAndStopsItsOwnPostgres() throws IOException {
			Path data = freshDataDirectory();
			try (LiaisonProcess second = LiaisonProcess.start("same-port", data, running.port(), Map.of())) {
				assertThat(second.awaitExit()).isNotZero();

				assertOneLineFailure(second, "Port " + running.port() + " was already in use");
				assertThat(LeftoverPostmaster.find(LiaisonProcess.postgresDirectory(data))).isEmpty();
			}
			assertThat(running.status("/actuator/health")).isEqualTo(200);
		}

	}

	/** An external PostgreSQL that, like a production one, wants a password over TCP. */
	@Nested
	@TestInstance(TestInstance.Lifecycle.PER_CLASS)
	class WithAnExternalDatabase {

		private static final String USER = "liaison_app";

		private static final String PASSWORD = "right-password";

		private EmbeddedPostgres server;

		private String url;

		@BeforeAll
		void startAPasswordProtectedPostgres() throws Exception {
			server = EmbeddedPostgres.builder()
				.setDataDirectoryCustomizer(directory -> requirePasswords(directory.toPath()))
				.start();
			try (Connection connection = server.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("create role " + USER + " login password '" + PASSWORD + "'");
				statement.execute("create database liaison_external owner " + USER);
			}
			url = "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/liaison_external";
		}

		@AfterAll
		void stopIt() throws IOException {
			server.close();
		}

		@Test
		void namesTheUserWhenThePasswordIsWrong() throws IOException {
			Path data = freshDataDirectory();
			try (LiaisonProcess liaison = LiaisonProcess.start("wrong-password", data, LiaisonProcess.freePort(),
					Map.of("LIAISON_DATABASE_URL", url, "LIAISON_DATABASE_USER", USER, "LIAISON_DATABASE_PASSWORD",
							"wrong-password"))) {
				assertThat(liaison.awaitExit()).isNotZero();

				assertOneLineFailure(liaison, "refused user '" + USER + "': wrong user name or password");
				assertThat(liaison.stderr()).doesNotContain("wrong-password");
			}
		}

		@Test
		void migratesAFreshExternalDatabaseAndStartsNoEmbeddedPostgres() throws Exception {
			Path data = freshDataDirectory();
			try (LiaisonProcess liaison = LiaisonProcess.start("external", data, LiaisonProcess.freePort(),
					Map.of("LIAISON_DATABASE_URL", url, "LIAISON_DATABASE_USER", USER, "LIAISON_DATABASE_PASSWORD",
							PASSWORD))) {
				liaison.awaitReady();

				assertThat(LiaisonProcess.postgresDirectory(data)).doesNotExist();
				assertThat(liaison.stdout()).contains("Using the external PostgreSQL at " + url)
					.doesNotContain("Embedded PostgreSQL is running");
				try (Connection connection = server.getDatabase("postgres", "liaison_external").getConnection();
						Statement statement = connection.createStatement();
						ResultSet failed = statement
							.executeQuery("select count(*) filter (where not success), count(*) from flyway_schema_history")) {
					failed.next();
					assertThat(failed.getInt(1)).as("failed migrations").isZero();
					assertThat(failed.getInt(2)).as("applied migrations").isPositive();
					assertThat(count(connection, "country")).isEqualTo(COUNTRIES);
				}
			}
		}

		/** Trust for the superuser (zonky's own connections), passwords for everyone else over TCP. */
		private static void requirePasswords(Path directory) {
			try {
				Files.writeString(directory.resolve("pg_hba.conf"), """
						local all all trust
						host all postgres 127.0.0.1/32 trust
						host all postgres ::1/128 trust
						host all all 127.0.0.1/32 scram-sha-256
						host all all ::1/128 scram-sha-256
						""");
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	private static void assertOneLineFailure(LiaisonProcess liaison, String expected) {
		assertThat(liaison.stderrLines()).as(liaison.output()).singleElement()
			.asString()
			.startsWith("Liaison could not start: ")
			.contains(expected);
		assertThat(liaison.stackTraceLines()).as(liaison.output()).isEmpty();
	}

	private static Path freshDataDirectory() {
		return DATA_ROOT.resolve(UUID.randomUUID().toString());
	}

	private static void insertProbe(Connection connection, String text) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("create table startup_test_probe (text text not null)");
			statement.execute("insert into startup_test_probe values ('" + text + "')");
		}
	}

	private static List<String> probes(Connection connection) throws SQLException {
		List<String> texts = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select text from startup_test_probe")) {
			while (rows.next()) {
				texts.add(rows.getString(1));
			}
		}
		return texts;
	}

	private static String setting(Connection connection, String name) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select current_setting('" + name + "')")) {
			rows.next();
			return rows.getString(1);
		}
	}

	private static int count(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
			rows.next();
			return rows.getInt(1);
		}
	}

}
