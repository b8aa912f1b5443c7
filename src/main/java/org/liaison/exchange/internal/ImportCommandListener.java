package org.liaison.exchange.internal;

import java.nio.file.Path;
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
 * {@code liaison.jar generate …}: no web server, no demo data, quiet logs. For an import on the
 * embedded database, it first checks that no Liaison server holds the data directory, and stops
 * with a clear message when one does. Registered in {@code META-INF/spring.factories}; does nothing
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
		String url = environment.getProperty("liaison.database.url", "");
		if (url.isBlank()) {
			Path data = Path.of(environment.getProperty("liaison.database.data-directory", "data"));
			Optional<String> running = EmbeddedPostgresServer.runningLiaison(data);
			if (running.isPresent()) {
				System.err.println("Liaison is running on the data directory " + data.toAbsolutePath().normalize()
						+ " (process " + running.get() + "). Stop it and run the import again: handing an import to "
						+ "a running server is not supported yet.");
				System.exit(ImportCommand.SERVER_RUNNING);
			}
		}
	}

}
