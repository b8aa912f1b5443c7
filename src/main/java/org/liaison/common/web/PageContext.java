package org.liaison.common.web;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import gg.jte.support.LocalizationSupport;

import org.liaison.common.Languages;
import org.liaison.common.LocalizedText;
import org.liaison.common.Money;

import org.springframework.context.MessageSource;

/**
 * Everything a portal template needs about the request it renders: the page's language, its UI
 * messages, how to resolve content for it, and the page's addresses in the other languages.
 *
 * @param language the page's language (a supported UI language)
 * @param path the page's path after the language, e.g. {@code projects/wazihub}
 * @param query the query string, or empty
 * @param baseUrl scheme, host and port of the site, for absolute alternate links
 * @param languages the languages the portal is offered in
 */
public record PageContext(String language, String path, String query, String baseUrl, List<String> languages,
		MessageSource messages) implements LocalizationSupport {

	public Locale locale() {
		return Locale.forLanguageTag(language);
	}

	/** A UI message in the page's language. */
	public String t(String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale());
	}

	@Override
	public String lookup(String key) {
		return t(key);
	}

	/** A content text resolved for this page: its language, else English, else any. */
	public LocalizedText.Resolved text(LocalizedText value) {
		return (value == null) ? null : value.resolve(language).orElse(null);
	}

	/** A portal address in this page's language: {@code url("projects")} is {@code /hu/projects}. */
	public String url(String portalPath) {
		return "/" + language + "/" + portalPath;
	}

	/** This page in another language. */
	public String urlIn(String otherLanguage) {
		return "/" + otherLanguage + "/" + path + (query.isEmpty() ? "" : "?" + query);
	}

	public String absoluteUrlIn(String otherLanguage) {
		return baseUrl + urlIn(otherLanguage);
	}

	public String languageName(String tag) {
		return Languages.autonym(tag);
	}

	public String date(LocalDate date) {
		return (date == null) ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(date);
	}

	public String dateTime(ZonedDateTime dateTime) {
		return (dateTime == null) ? ""
				: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale())
					.format(dateTime);
	}

	public String money(Money money) {
		return (money == null) ? "" : money.format(language);
	}

	public String number(long value) {
		return java.text.NumberFormat.getIntegerInstance(locale()).format(value);
	}

	/** The message of an enum constant: {@code enumText("status", ProjectStatus.ONGOING)} reads {@code status.ONGOING}. */
	public String enumText(String prefix, Enum<?> value) {
		return (value == null) ? "" : t(prefix + "." + value.name());
	}

}
