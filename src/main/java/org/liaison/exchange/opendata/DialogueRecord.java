package org.liaison.exchange.opendata;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.liaison.common.LocalizedText;
import org.liaison.dialogue.DialogueSeries;
import org.liaison.partner.Partner;

/** One dialogue series as open data, with the slugs of its partners. */
record DialogueRecord(String slug, String name, String nameLanguage, String format, String level, String leadUnit,
		List<String> partners, String url) implements ExportRecord {

	static final String[] COLUMNS = { "slug", "name", "format", "level", "lead_unit", "partners", "url" };

	static DialogueRecord of(DialogueSeries series, ExportQuery query) {
		LocalizedText.Resolved name = ExportRecord.resolve(series.getName(), query.language());
		return new DialogueRecord(series.getSlug(), ExportRecord.text(name), ExportRecord.language(name),
				lower(series.getFormat()), lower(series.getLevel()), series.getLeadUnit(),
				series.getPartners().stream().map(Partner::getSlug).sorted().toList(),
				query.url("dialogues/" + series.getSlug()));
	}

	static String lower(Enum<?> value) {
		return (value == null) ? null : value.name().toLowerCase(Locale.ROOT);
	}

	@Override
	public List<Object> csvRow() {
		return Arrays.asList(slug, name, format, level, leadUnit, ExportRecord.joined(partners), url);
	}

}
