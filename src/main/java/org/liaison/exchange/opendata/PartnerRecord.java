package org.liaison.exchange.opendata;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.liaison.common.LocalizedText;
import org.liaison.geography.Region;
import org.liaison.partner.Partner;

/** One partner (a country or an organisation) as open data. */
record PartnerRecord(String slug, String name, String nameLanguage, String kind, boolean strategic, String country,
		List<String> regions, String website, String url) implements ExportRecord {

	static final String[] COLUMNS = { "slug", "name", "kind", "strategic", "country", "regions", "website", "url" };

	static PartnerRecord of(Partner partner, ExportQuery query) {
		LocalizedText.Resolved name = ExportRecord.resolve(partner.getName(), query.language());
		return new PartnerRecord(partner.getSlug(), ExportRecord.text(name), ExportRecord.language(name),
				partner.getKind().name().toLowerCase(Locale.ROOT), partner.isStrategic(),
				(partner.getCountry() == null) ? null : partner.getCountry().getCode(),
				partner.getRegions().stream().map(Region::getCode).sorted().toList(), partner.getWebsite(),
				query.url("partners/" + partner.getSlug()));
	}

	@Override
	public List<Object> csvRow() {
		return Arrays.asList(slug, name, kind, strategic, country, ExportRecord.joined(regions), website, url);
	}

}
