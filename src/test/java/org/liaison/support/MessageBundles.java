package org.liaison.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One module's message bundle ({@code i18n/<module>.properties} and its translations), checked
 * against the templates and controllers that use it.
 */
public final class MessageBundles {

	private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");

	private static final Pattern MESSAGE_CALL = Pattern.compile("page\\.t\\(\"([^\"]+)\"");

	private final String module;

	private final Properties english;

	public MessageBundles(String module) {
		this.module = module;
		this.english = load(module + ".properties");
	}

	/** Every English key has a non-blank translation, and the translation has no key English lacks. */
	public void assertTranslated(String language) {
		Properties translated = load(module + "_" + language + ".properties");
		for (String key : english.stringPropertyNames()) {
			assertThat(translated.getProperty(key)).as(key + " in " + module + "_" + language).isNotBlank();
		}
		assertThat(translated.stringPropertyNames()).as("keys of " + module + "_" + language)
			.isSubsetOf(english.stringPropertyNames());
		for (Properties bundle : List.of(english, translated)) {
			bundle.stringPropertyNames().forEach(key -> {
				assertThat(key).as("key prefix").startsWith(module + ".");
				assertThat(bundle.getProperty(key)).as(key).satisfies(text -> new java.text.MessageFormat(text));
			});
		}
	}

	/**
	 * Every message the module's templates and web controllers name exists: each {@code page.t("…")}
	 * key in this bundle or the portal's, and each quoted {@code "<module>.…"} either a key or the
	 * prefix of enum labels.
	 *
	 * @param templates directories under {@code src/main/jte}, or {@code dir/prefix} for the files
	 * of a directory whose names start with the prefix
	 */
	public void assertTemplateKeysExist(String... templates) {
		Properties known = load("web.properties");
		known.putAll(english);
		List<Path> sources = new ArrayList<>(files(Path.of("src/main/java/org/liaison", module, "web"), ""));
		for (String location : templates) {
			Path path = Path.of("src/main/jte", location);
			sources.addAll(Files.isDirectory(path) ? files(path, "")
					: files(path.getParent(), path.getFileName().toString()));
		}
		assertThat(sources).as("templates and controllers of " + module).isNotEmpty();
		for (Path source : sources) {
			String text = read(source);
			Matcher calls = MESSAGE_CALL.matcher(text);
			while (calls.find()) {
				assertThat(known).as("message used in " + source).containsKey(calls.group(1));
			}
			Matcher literals = KEY_LITERAL.matcher(text);
			while (literals.find()) {
				String key = literals.group(1);
				if (key.startsWith(module + ".")) {
					assertThat(known.containsKey(key)
							|| english.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key + ".")))
						.as("'" + key + "' in " + source + " is a message key or an enum label prefix")
						.isTrue();
				}
			}
		}
	}

	/** Each constant has a label {@code prefix.CONSTANT} in English (so, with the test above, in every language). */
	public void assertEnumLabels(String prefix, Enum<?>... constants) {
		for (Enum<?> constant : constants) {
			assertThat(english.getProperty(prefix + "." + constant.name())).as(prefix + "." + constant.name())
				.isNotBlank();
		}
	}

	private static List<Path> files(Path directory, String namePrefix) {
		try (Stream<Path> paths = Files.list(directory)) {
			return paths.filter(p -> p.getFileName().toString().startsWith(namePrefix))
				.filter(p -> p.toString().endsWith(".jte") || p.toString().endsWith(".java"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Properties load(String name) {
		Properties properties = new Properties();
		try (InputStream in = MessageBundles.class.getResourceAsStream("/i18n/" + name)) {
			assertThat(in).as("i18n/" + name + " on the class path").isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
