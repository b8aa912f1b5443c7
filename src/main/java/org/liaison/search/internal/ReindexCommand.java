package org.liaison.search.internal;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar liaison.jar reindex}: the same application without its web server, which
 * rebuilds every index, prints its progress and exits. Recognised here, before the application
 * context exists, from the first command-line argument; {@link ReindexRunner} does the work.
 */
@Component
public class ReindexCommand {

	/** The first command-line argument that asks for a rebuild. */
	public static final String NAME = "reindex";

	static final String PROPERTY = "liaison.search.command";

	private final boolean requested;

	ReindexCommand(org.springframework.core.env.Environment environment) {
		this.requested = NAME.equals(environment.getProperty(PROPERTY));
	}

	/** Whether this run is the {@code reindex} command. */
	public boolean requested() {
		return requested;
	}

	/** Turns the run into the command when its first argument is {@code reindex}: no web server, no demo data. */
	public static class Detector implements EnvironmentPostProcessor, Ordered {

		@Override
		public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
			String arguments = environment.getProperty("nonOptionArgs");
			if (arguments == null || !(arguments.equals(NAME) || arguments.startsWith(NAME + ","))) {
				return;
			}
			environment.getPropertySources().addFirst(new MapPropertySource("liaison-reindex-command",
					Map.of(PROPERTY, NAME, "spring.main.web-application-type", "none", "liaison.demo.enabled",
							"false", "spring.main.banner-mode", "off")));
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
