package org.liaison.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every UI string is translated: each key of every base bundle is in every portal language's bundle,
 * and every message key a template names literally exists.
 */
class MessageBundleTests {

	static final List<String> BUNDLES = List.of("web", "project", "dialogue", "content", "insight", "security", "admin",
			"search", "exchange", "media");

	/** The portal languages besides English (the base bundles are English). */
	static final List<String> LANGUAGES = List.of("hu");

	@Test
	void everyKeyIsTranslatedInEveryPortalLanguage() throws IOException {
		List<String> missing = new ArrayList<>();
		for (String bundle : BUNDLES) {
			Properties base = load("i18n/" + bundle + ".properties");
			for (String language : LANGUAGES) {
				Properties translated = load("i18n/" + bundle + "_" + language + ".properties");
				for (String key : new TreeSet<>(base.stringPropertyNames())) {
					String value = translated.getProperty(key);
					if (value == null || value.isBlank()) {
						missing.add(bundle + "_" + language + ": " + key);
					}
				}
			}
		}
		assertThat(missing).as("untranslated UI strings").isEmpty();
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Properties all = new Properties();
		for (String bundle : BUNDLES) {
			all.putAll(load("i18n/" + bundle + ".properties"));
		}
		Pattern literalKey = Pattern.compile("\\.t\\(\"([a-zA-Z0-9_.]+)\"[,)]");
		List<String> unknown = new ArrayList<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/jte"))) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".jte")).toList()) {
				Matcher matcher = literalKey.matcher(Files.readString(template));
				while (matcher.find()) {
					if (!all.containsKey(matcher.group(1))) {
						unknown.add(template + ": " + matcher.group(1));
					}
				}
			}
		}
		assertThat(unknown).as("message keys named in templates but missing from the bundles").isEmpty();
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		ClassPathResource file = new ClassPathResource(resource);
		assertThat(file.exists()).as(resource + " exists").isTrue();
		try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
