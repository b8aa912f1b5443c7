package org.liaison.exchange.opendata;

import java.util.Arrays;
import java.util.List;

import org.liaison.common.LocalizedText;
import org.liaison.geography.Country;
import org.liaison.geography.Region;

/** One policy region as open data, with the ISO codes of its countries. */
record RegionRecord(String code, String name, String nameLanguage, List<String> countries, String url)
		implements ExportRecord {

	static final String[] COLUMNS = { "code", "name", "countries", "url" };

	static RegionRecord of(Region region, ExportQuery query) {
		LocalizedText.Resolved name = ExportRecord.resolve(region.getName(), query.language());
		return new RegionRecord(region.getCode(), ExportRecord.text(name), ExportRecord.language(name),
				region.getCountries().stream().map(Country::getCode).sorted().toList(),
				query.url("regions/" + region.getCode()));
	}

	@Override
	public List<Object> csvRow() {
		return Arrays.asList(code, name, ExportRecord.joined(countries), url);
	}

}
