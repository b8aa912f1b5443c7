package org.liaison.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a Liaison that did not shut down leaves in {@code <data directory>/postgres}: either a
 * PostgreSQL still running on it (the JVM was killed with {@code kill -9}), or a
 * {@code postmaster.pid} naming a process that is no PostgreSQL of ours (the machine restarted and
 * the number went to another process). Only called while Liaison holds the data directory's lock,
 * so no living Liaison owns either.
 */
final class LeftoverPostmaster {

	private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);

	static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(60);

	private LeftoverPostmaster() {
	}

	/** Stops an orphaned PostgreSQL and removes a stale {@code postmaster.pid}, so that ours can start. */
	static void clear(Path pgData) throws IOException {
		OptionalLong pid = pidFromLockFile(pgData);
		if (pid.isEmpty()) {
			return;
		}
		Optional<ProcessHandle> process = ProcessHandle.of(pid.getAsLong()).filter(ProcessHandle::isAlive);
		if (process.isEmpty()) {
			return; // PostgreSQL itself replaces a lock file whose process is gone
		}
		if (servesDirectory(process.get(), pgData)) {
			stop(process.get(), pgData);
		}
		else if (provablyElsewhere(process.get(), pgData)) {
			// PostgreSQL refuses to start while the process named in its lock file lives, whatever it is.
			log.warn("Removing the stale {} left by a PostgreSQL that is gone: process {} is something else now",
					pgData.resolve("postmaster.pid"), pid.getAsLong());
			Files.deleteIfExists(pgData.resolve("postmaster.pid"));
		}
	}

	/** The orphaned PostgreSQL running on {@code pgData}, if there is one. */
	static Optional<ProcessHandle> find(Path pgData) throws IOException {
		OptionalLong pid = pidFromLockFile(pgData);
		if (pid.isEmpty()) {
			return Optional.empty();
		}
		return ProcessHandle.of(pid.getAsLong())
			.filter(ProcessHandle::isAlive)
			.filter(process -> servesDirectory(process, pgData));
	}

	static OptionalLong pidFromLockFile(Path pgData) throws IOException {
		Path pidFile = pgData.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return OptionalLong.empty();
		}
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		try {
			return lines.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(lines.get(0).strip()));
		}
		catch (NumberFormatException ex) {
			return OptionalLong.empty();
		}
	}

	/**
	 * Whether the process is a PostgreSQL serving {@code pgData}. A postmaster works in its data
	 * directory, which {@code /proc} tells on Linux; elsewhere its {@code -D} argument has to do.
	 * A number in a lock file is not enough: after a restart of the machine it may be anyone's.
	 */
	static boolean servesDirectory(ProcessHandle process, Path pgData) {
		if (!isPostgres(process)) {
			return false;
		}
		Optional<Boolean> byWorkingDirectory = workingDirectoryIs(process, pgData);
		if (byWorkingDirectory.isPresent()) {
			return byWorkingDirectory.get();
		}
		String directory = pgData.toAbsolutePath().normalize().toString();
		return process.info().arguments().map(List::of).map(arguments -> arguments.contains(directory)).orElse(false);
	}

	/** Whether the process is known for sure not to be a PostgreSQL serving {@code pgData}. */
	private static boolean provablyElsewhere(ProcessHandle process, Path pgData) {
		return process.info().command().isPresent()
				&& (!isPostgres(process) || workingDirectoryIs(process, pgData).map(same -> !same).orElse(false));
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map(command -> command.endsWith("postgres")).orElse(false);
	}

	private static Optional<Boolean> workingDirectoryIs(ProcessHandle process, Path directory) {
		Path cwd = Path.of("/proc", Long.toString(process.pid()), "cwd");
		try {
			return Optional.of(Files.isSameFile(cwd, directory));
		}
		catch (IOException | SecurityException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Asks the orphan for PostgreSQL's "fast" shutdown (SIGINT): open transactions are rolled back,
	 * anyone still connected is sent away, and the data is checkpointed, so nothing committed is lost.
	 * SIGTERM ("smart") would wait for every client, such as an administrator's psql, to leave.
	 */
	private static void stop(ProcessHandle process, Path pgData) {
		log.warn("Stopping the PostgreSQL (process {}) left running on {} by a Liaison that did not shut down",
				process.pid(), pgData);
		if (!sendInterrupt(process)) {
			process.destroy();
		}
		try {
			process.onExit().get(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new DatabaseStartupException("The PostgreSQL left running on " + pgData + " (process "
					+ process.pid() + ") did not stop within " + SHUTDOWN_WAIT.toSeconds() + " s",
					"Stop process " + process.pid() + " and start Liaison again.", ex);
		}
	}

	private static boolean sendInterrupt(ProcessHandle process) {
		try {
			Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			return kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0;
		}
		catch (IOException ex) {
			return false; // no kill command (Windows): SIGTERM's equivalent has to do
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
