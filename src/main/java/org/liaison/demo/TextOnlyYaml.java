package org.liaison.demo;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Parses YAML into maps, lists and texts only: every plain value stays text (only {@code ~},
 * {@code null} and nothing mean null), so that YAML 1.1's guesses never bite — Norway's {@code NO}
 * stays a country code instead of becoming false, {@code 2024-06-12} stays a text that the reader
 * turns into a date, and a grant id {@code 0123} keeps its zero.
 */
final class TextOnlyYaml {

	private TextOnlyYaml() {
	}

	/** The document's content; an error naming {@code source} when it is not valid YAML. */
	static Object load(String source, String text) {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
				options, new TextOnlyResolver());
		try {
			return yaml.load(text);
		}
		catch (YAMLException ex) {
			throw new IllegalArgumentException(source + ": not valid YAML: " + ex.getMessage(), ex);
		}
	}

	private static final class TextOnlyResolver extends Resolver {

		@Override
		protected void addImplicitResolvers() {
			addImplicitResolver(Tag.NULL, NULL, "~nN\0");
			addImplicitResolver(Tag.NULL, EMPTY, null);
		}

	}

}
