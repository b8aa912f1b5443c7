package org.liaison.exchange.opendata;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.liaison.common.LocalizedText;
import org.liaison.content.Document;

/**
 * One published document as open data.
 *
 * @param source where the document itself is published (its issuer's address)
 */
record DocumentRecord(String slug, String kind, String title, String titleLanguage, LocalDate issued,
		String issuer, String source, String url) implements ExportRecord {

	static final String[] COLUMNS = { "slug", "kind", "title", "title_language", "issued", "issuer", "source",
			"url" };

	static DocumentRecord of(Document document, ExportQuery query) {
		LocalizedText.Resolved title = ExportRecord.resolve(document.getTitle(), query.language());
		return new DocumentRecord(document.getSlug(), DialogueRecord.lower(document.getKind()),
				ExportRecord.text(title), ExportRecord.language(title), document.getIssuedOn(), document.getIssuer(),
				document.getUrl(), query.url("documents/" + document.getSlug()));
	}

	@Override
	public List<Object> csvRow() {
		return Arrays.asList(slug, kind, title, titleLanguage, issued, issuer, source, url);
	}

}
