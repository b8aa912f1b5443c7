package org.liaison.common.web;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The languages the portal's interface is offered in ({@code LIAISON_LANGUAGES}); each needs a
 * complete set of message bundles. Content may be in any language whatever this list says.
 *
 * @param languages language tags, the first being the default
 */
@ConfigurationProperties("liaison.web")
public record PortalLanguages(@DefaultValue({ "en", "hu" }) List<String> languages) {

	public PortalLanguages {
		languages = languages.stream().map(l -> l.strip().toLowerCase(Locale.ROOT)).toList();
		if (languages.isEmpty()) {
			throw new IllegalArgumentException("liaison.web.languages needs at least one language");
		}
	}

	public boolean supports(String language) {
		return language != null && languages.contains(language);
	}

	public String defaultLanguage() {
		return languages.get(0);
	}

	/**
	 * The language a feed or export was asked for with {@code ?lang=}: the default when none is named,
	 * empty when the portal is not offered in the one named.
	 */
	public java.util.Optional<String> requested(String language) {
		if (language == null || language.isBlank()) {
			return java.util.Optional.of(defaultLanguage());
		}
		String tag = language.strip().toLowerCase(Locale.ROOT);
		return supports(tag) ? java.util.Optional.of(tag) : java.util.Optional.empty();
	}

	/** The best supported language for an {@code Accept-Language} header; the default when none fits. */
	public String negotiate(String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return defaultLanguage();
		}
		try {
			List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
			String match = Locale.lookupTag(ranges, languages);
			return (match != null) ? match : defaultLanguage();
		}
		catch (IllegalArgumentException ex) {
			return defaultLanguage();
		}
	}

}
