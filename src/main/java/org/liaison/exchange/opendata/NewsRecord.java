package org.liaison.exchange.opendata;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.liaison.common.LocalizedText;
import org.liaison.content.NewsItem;
import org.liaison.partner.Partner;
import org.liaison.taxonomy.Term;

/** One published news item as open data: title and teaser, the partners and terms it is about. */
record NewsRecord(String slug, String title, String titleLanguage, String teaser, LocalDate published,
		List<String> partners, List<String> topics, String url) implements ExportRecord {

	static final String[] COLUMNS = { "slug", "title", "title_language", "teaser", "published", "partners", "topics",
			"url" };

	static NewsRecord of(NewsItem item, ExportQuery query) {
		LocalizedText.Resolved title = ExportRecord.resolve(item.getTitle(), query.language());
		return new NewsRecord(item.getSlug(), ExportRecord.text(title), ExportRecord.language(title),
				ExportRecord.text(ExportRecord.resolve(item.getTeaser(), query.language())), item.getPublishedOn(),
				item.getPartners().stream().map(Partner::getSlug).sorted().toList(),
				item.getTerms().stream().map(Term::getSlug).sorted().toList(), query.url("news/" + item.getSlug()));
	}

	@Override
	public List<Object> csvRow() {
		return Arrays.asList(slug, title, titleLanguage, teaser, published, ExportRecord.joined(partners),
				ExportRecord.joined(topics), url);
	}

}
