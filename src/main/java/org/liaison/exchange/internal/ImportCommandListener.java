package org.liaison.exchange.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.liaison.database.EmbeddedPostgresServer;

import org.springframework.boot.Banner;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.WebApplicationType;
import org.springframework.core.Ordered;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns Liaison into a command when started as {@code liaison.jar import …} or
 * {@code liaison.jar generate …}: no web server, no demo data, quiet logs. When a Liaison server
 * runs on the same data (or {@code LIAISON_URL} names one), the import is handed to it and followed
 * (see {@link ImportHandOffClient}) before anything of this process starts; otherwise it runs here,
 * after checking that no server holds the embedded database's data directory. Registered in {@code META-INF/spring.factories}; does nothing
 * for any other arguments.
 */
class ImportCommandListener implements SpringApplicationRunListener, Ordered {

	private final String[] args;

	ImportCommandListener(SpringApplication application, String[] args) {
		this.args = ImportCommand.plain(args);
		if (ImportCommand.isImport(this.args)) {
			application.setWebApplicationType(WebApplicationType.NONE);
			application.setBannerMode(Banner.Mode.OFF);
			application.setLogStartupInfo(false);
		}
	}

	@Override
	public int getOrder() {
		// before Spring Boot's own listener, whose events configure logging from the environment
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public void starting(ConfigurableBootstrapContext bootstrapContext) {
		if (ImportCommand.isGenerate(args)) {
			System.exit(CordisGenerator.runCommand(args, System.out, System.err));
		}
	}

	@Override
	public void environmentPrepared(ConfigurableBootstrapContext bootstrapContext, ConfigurableEnvironment environment) {
		if (!ImportCommand.isImport(args)) {
			return;
		}
		environment.getPropertySources().addFirst(new MapPropertySource("liaison-import-command", Map.of(
				"liaison.demo.enabled", "false", "logging.level.root", "warn", "logging.level.org.liaison", "warn",
				"spring.main.banner-mode", "off")));
	}

	@Override
	public void contextPrepared(ConfigurableApplicationContext context) {
		if (!ImportCommand.isImport(args)) {
			return;
		}
		// application.properties is read by now (not yet when the environment was prepared)
		ConfigurableEnvironment environment = context.getEnvironment();
		Path data = Path.of(environment.getProperty("liaison.database.data-directory", "data"));
		if (args.length == 3 && ImportJobs.KINDS.contains(args[1]) && Files.exists(Path.of(args[2]))) {
			Optional<ImportHandOffClient.Server> server = ImportHandOffClient.find(System.getenv(), data);
			if (server.isPresent()) {
				System.exit(new ImportHandOffClient(server.get(), Duration.ofMillis(500)).run(args[1], Path.of(args[2]),
						System.out, System.err, System.console() != null));
			}
		}
		String url = environment.getProperty("liaison.database.url", "");
		if (url.isBlank()) {
			Optional<String> running = EmbeddedPostgresServer.runningLiaison(data);
			if (running.isPresent()) {
				System.err.println("Liaison is running on the data directory " + data.toAbsolutePath().normalize()
						+ " (process " + running.get() + ") but does not answer at the address it left in "
						+ data.resolve(ImportHandOff.FILE) + ". Wait until it has started, or stop it, and run the "
						+ "import again.");
				System.exit(ImportCommand.SERVER_RUNNING);
			}
		}
	}

}
