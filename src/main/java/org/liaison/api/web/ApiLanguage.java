package org.liaison.api.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The language a request wants its texts in: {@code ?lang=} (a language tag, or {@code all} for
 * every translation), else the first usable range of {@code Accept-Language}, else English.
 *
 * @param tag the language wanted ({@code en} when {@code all})
 * @param all whether every translation is wanted
 * @param portal the portal language for links to pages: {@code tag} when the portal is offered in it, else its default
 */
record ApiLanguage(String tag, boolean all, String portal) {

	static final String ALL = "all";

	private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

	static ApiLanguage of(String lang, String acceptLanguage, org.liaison.common.web.PortalLanguages portalLanguages) {
		ApiLanguage language = of(lang, acceptLanguage);
		String primary = language.tag().split("-")[0].toLowerCase(Locale.ROOT);
		String portal = portalLanguages.supports(language.tag()) ? language.tag()
				: portalLanguages.supports(primary) ? primary : portalLanguages.defaultLanguage();
		return new ApiLanguage(language.tag(), language.all(), portal);
	}

	private static ApiLanguage of(String lang, String acceptLanguage) {
		if (lang != null && !lang.isBlank()) {
			String given = lang.strip();
			if (ALL.equalsIgnoreCase(given)) {
				return new ApiLanguage("en", true, null);
			}
			if (!TAG.matcher(given).matches()) {
				throw ApiException.badParameter("lang", lang, "is not a language tag (such as en, hu, pt-BR) or 'all'");
			}
			return new ApiLanguage(Locale.forLanguageTag(given).toLanguageTag(), false, null);
		}
		if (acceptLanguage != null && !acceptLanguage.isBlank()) {
			try {
				List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
				for (Locale.LanguageRange range : ranges) {
					if (range.getWeight() > 0 && TAG.matcher(range.getRange()).matches()) {
						return new ApiLanguage(Locale.forLanguageTag(range.getRange()).toLanguageTag(), false, null);
					}
				}
			}
			catch (IllegalArgumentException ex) {
				// an unreadable header is ignored, as browsers' odd headers should not break a read
			}
		}
		return new ApiLanguage("en", false, null);
	}

	/**
	 * The language of this request, with the answer's {@code Content-Language} (unless all languages
	 * are asked for) and {@code Vary: Accept-Language} set.
	 */
	static ApiLanguage negotiate(String lang, String acceptLanguage,
			org.liaison.common.web.PortalLanguages portalLanguages) {
		ApiLanguage language = of(lang, acceptLanguage, portalLanguages);
		if (org.springframework.web.context.request.RequestContextHolder
			.getRequestAttributes() instanceof org.springframework.web.context.request.ServletRequestAttributes attributes
				&& attributes.getResponse() != null) {
			attributes.getResponse().addHeader("Vary", "Accept-Language");
			if (!language.all()) {
				attributes.getResponse().setHeader("Content-Language", language.tag());
			}
		}
		return language;
	}

	/** The portal address of a page: {@code /{portal language}/{path}}. */
	String portalUrl(String path) {
		return "/" + portal + "/" + path;
	}

	/** What the answer's {@code lang} field and {@code Content-Language} header say. */
	String label() {
		return all ? ALL : tag;
	}

}
