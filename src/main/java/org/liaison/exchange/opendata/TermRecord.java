package org.liaison.exchange.opendata;

import java.util.Arrays;
import java.util.List;

import org.liaison.common.LocalizedText;
import org.liaison.taxonomy.Term;

/** One term of a portal vocabulary (policy goals, D4D priorities, themes) as open data. */
record TermRecord(String vocabulary, String slug, String name, String nameLanguage, String url)
		implements ExportRecord {

	static final String[] COLUMNS = { "vocabulary", "slug", "name", "url" };

	static TermRecord of(Term term, String segment, ExportQuery query) {
		LocalizedText.Resolved name = ExportRecord.resolve(term.getName(), query.language());
		return new TermRecord(term.getVocabulary().getCode(), term.getSlug(), ExportRecord.text(name),
				ExportRecord.language(name), query.url(segment + "/" + term.getSlug()));
	}

	@Override
	public List<Object> csvRow() {
		return Arrays.asList(vocabulary, slug, name, url);
	}

}
