package org.liaison.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The embedded PostgreSQL's guards: one Liaison per data directory, and recovery from what a crash leaves. */
class EmbeddedPostgresServerTests {

	@TempDir
	Path data;

	private final List<Process> bystanders = new ArrayList<>();

	@AfterEach
	void stopBystanders() {
		bystanders.forEach(Process::destroyForcibly);
	}

	@Test
	void refusesADataDirectoryThatIsAlreadyInUse() throws IOException {
		try (EmbeddedPostgresServer running = EmbeddedPostgresServer.start(data, 0)) {
			assertThatExceptionOfType(DatabaseStartupException.class)
				.isThrownBy(() -> EmbeddedPostgresServer.start(data, 0))
				.withMessage("The data directory " + data + " is in use by another running Liaison (process "
						+ ProcessHandle.current().pid() + ")");
		}
	}

	@Test
	void startsOverALockFileWhoseProcessNumberNowBelongsToAnotherProgram() throws Exception {
		Path pidFile = data.resolve("postgres").resolve("postmaster.pid");
		List<String> lockFileWhileRunning;
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0)) {
			lockFileWhileRunning = Files.readAllLines(pidFile);
			try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgresServer.USER, "")) {
				connection.createStatement().execute("create table kept (text text)");
				connection.createStatement().execute("insert into kept values ('before the power cut')");
			}
		}
		// As after a power cut: the lock file stayed, and its process number went to another program.
		Process bystander = bystander();
		List<String> stale = new ArrayList<>(lockFileWhileRunning);
		stale.set(0, Long.toString(bystander.pid()));
		Files.write(pidFile, stale);

		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0);
				Connection connection = DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgresServer.USER, "")) {
			var rows = connection.createStatement().executeQuery("select text from kept");
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("before the power cut");
		}
		assertThat(bystander.isAlive()).as("the program that got the number is left alone").isTrue();
	}

	@Test
	void takesNoOtherProgramForAnOrphanedPostgres() throws IOException {
		Path pgData = Files.createDirectories(data.resolve("postgres"));
		Process bystander = bystander();
		Files.writeString(pgData.resolve("postmaster.pid"), bystander.pid() + "\n" + pgData + "\n");

		assertThat(LeftoverPostmaster.find(pgData)).isEmpty();
		LeftoverPostmaster.clear(pgData);

		assertThat(bystander.isAlive()).isTrue();
		assertThat(pgData.resolve("postmaster.pid")).doesNotExist();
	}

	@Test
	void leavesTheLockFileOfAProcessThatIsGoneToPostgres() throws Exception {
		Path pgData = Files.createDirectories(data.resolve("postgres"));
		Process gone = new ProcessBuilder("true").start();
		gone.waitFor(10, TimeUnit.SECONDS);
		Files.writeString(pgData.resolve("postmaster.pid"), gone.pid() + "\n");

		LeftoverPostmaster.clear(pgData);

		assertThat(LeftoverPostmaster.find(pgData)).isEmpty();
		assertThat(pgData.resolve("postmaster.pid")).exists();
	}

	private Process bystander() throws IOException {
		Process process = new ProcessBuilder("sleep", "120").start();
		bystanders.add(process);
		return process;
	}

}
