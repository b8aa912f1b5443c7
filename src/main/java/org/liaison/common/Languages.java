package org.liaison.common;

import java.util.List;
import java.util.Locale;

/** The 24 official languages of the European Union, the ones content is written in first. */
public final class Languages {

	public static final List<String> EU_OFFICIAL = List.of("bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr",
			"ga", "hr", "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv");

	private Languages() {
	}

	/** A language's name in that language, capitalised: "Magyar", "Deutsch", "English". */
	public static String autonym(String language) {
		Locale locale = Locale.forLanguageTag(language);
		String name = locale.getDisplayLanguage(locale);
		if (name.isEmpty()) {
			return language;
		}
		return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

	/** A language's name in another language: "Hungarian" in English, "magyar" in Hungarian. */
	public static String nameIn(String language, String readerLanguage) {
		return Locale.forLanguageTag(language).getDisplayLanguage(Locale.forLanguageTag(readerLanguage));
	}

}
