package org.liaison.api.web;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import org.liaison.common.LocalizedText;

/**
 * A translatable text in an answer: the text in the language asked for (or the fallback, English,
 * else any language there is) and the language it is really in; with {@code ?lang=all}, every
 * translation as well.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Text", description = "A translatable text. `lang` is the language `text` is really in: the one asked for, "
		+ "else the fallback (English, then any language there is); "
		+ "`translations` (language tag → text; `zxx` for a text that is the same in every language) is present only with `lang=all`.")
record Text(@Schema(example = "Accelerating Open IoT and Big Data Innovation in Africa") String text,
		@Schema(example = "en") String lang, Map<String, String> translations) {

	/** The text for this request's language; null when there is no text at all. */
	static Text of(LocalizedText value, ApiLanguage language) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		LocalizedText.Resolved resolved = value.resolve(language.tag()).orElseThrow();
		int dash = language.tag().indexOf('-');
		if (resolved.isFallback() && dash > 0) {
			// "hu-HU" asked, only "hu" written: the language without its region is the better match
			String primary = language.tag().substring(0, dash);
			resolved = value.in(primary).map(text -> new LocalizedText.Resolved(text, primary, primary)).orElse(resolved);
		}
		return new Text(resolved.text(), resolved.language(), language.all() ? value.asMap() : null);
	}

}
