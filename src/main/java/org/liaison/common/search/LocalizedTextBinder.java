package org.liaison.common.search;

import java.util.HashMap;
import java.util.Map;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;

import org.liaison.common.LocalizedText;
import org.liaison.common.LocalizedTextType;

/**
 * Writes one text property as several index fields, named after the shared field {@code f}:
 * <ul>
 * <li>{@code f}: every translation, tokenized, lower-cased and accent-folded ("szövetség" is found by
 * "szovetseg"); what makes a query in any language find the text in every language;</li>
 * <li>{@code f_<lang>}: the translation in an official EU language, analyzed for that language
 * (stemming, stop words);</li>
 * <li>{@code f_stored}: the whole text as JSON, to show the result in the reader's language and cut
 * its snippet;</li>
 * <li>with suggestions, {@code f_suggest} (edge n-grams of the folded words);</li>
 * <li>for the title, the {@link SearchFields#LANGUAGE} facet: the languages it is written in.</li>
 * </ul>
 * Analyzers are referred to by name only; the search module defines them for the backend in use.
 */
public final class LocalizedTextBinder implements PropertyBinder {

	private final String field;

	private final boolean suggest;

	public LocalizedTextBinder(String field, boolean suggest) {
		this.field = field;
		this.suggest = suggest;
	}

	@Override
	public void bind(PropertyBindingContext context) {
		context.dependencies().useRootOnly();
		IndexSchemaElement schema = context.indexSchemaElement();
		IndexFieldReference<String> folded = schema
			.field(field, f -> f.asString().analyzer(SearchFields.FOLDED_ANALYZER))
			.multiValued()
			.toReference();
		IndexFieldReference<String> stored = schema
			.field(field + SearchFields.STORED_SUFFIX,
					f -> f.asString().searchable(Searchable.NO).projectable(Projectable.YES))
			.toReference();
		Map<String, IndexFieldReference<String>> languages = new HashMap<>();
		for (String language : SearchFields.LANGUAGES) {
			languages.put(language,
					schema.field(SearchFields.languageField(field, language),
							f -> f.asString().analyzer(SearchFields.languageAnalyzer(language)))
						.toReference());
		}
		IndexFieldReference<String> prefix = null;
		IndexFieldReference<String> language = null;
		if (suggest) {
			prefix = schema
				.field(field + SearchFields.SUGGEST_SUFFIX,
						f -> f.asString().analyzer(SearchFields.PREFIX_ANALYZER)
							.searchAnalyzer(SearchFields.FOLDED_ANALYZER))
				.multiValued()
				.toReference();
		}
		if (SearchFields.TITLE.equals(field)) {
			// The languages an item is written in are those of its title.
			language = schema.field(SearchFields.LANGUAGE, f -> f.asString().aggregable(Aggregable.YES))
				.multiValued()
				.toReference();
		}
		context.bridge(Object.class, new Bridge(folded, stored, languages, prefix, language));
	}

	private record Bridge(IndexFieldReference<String> folded, IndexFieldReference<String> stored,
			Map<String, IndexFieldReference<String>> languages, IndexFieldReference<String> prefix,
			IndexFieldReference<String> language) implements PropertyBridge<Object> {

		@Override
		public void write(DocumentElement target, Object value, PropertyBridgeWriteContext context) {
			LocalizedText text = asText(value);
			if (text.isEmpty()) {
				return;
			}
			for (Map.Entry<String, String> entry : text.asMap().entrySet()) {
				target.addValue(folded, entry.getValue());
				IndexFieldReference<String> own = languages.get(entry.getKey());
				if (own != null) {
					target.addValue(own, entry.getValue());
				}
				if (prefix != null) {
					target.addValue(prefix, entry.getValue());
				}
				if (language != null && !LocalizedText.NEUTRAL.equals(entry.getKey())) {
					target.addValue(language, entry.getKey());
				}
			}
			target.addValue(stored, LocalizedTextType.toJson(text));
		}

		private static LocalizedText asText(Object value) {
			if (value instanceof LocalizedText text) {
				return text;
			}
			if (value instanceof String string && !string.isBlank()) {
				return LocalizedText.neutral(string);
			}
			return LocalizedText.empty();
		}

	}

}
