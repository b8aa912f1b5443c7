package org.liaison.exchange.opendata;

import java.util.Arrays;
import java.util.List;

import org.liaison.common.LocalizedText;
import org.liaison.geography.Country;
import org.liaison.geography.Region;

/**
 * One country as open data.
 *
 * @param code ISO 3166-1 alpha-2
 * @param numericCode ISO 3166-1 numeric (UN M49)
 * @param regions the codes of the policy regions it is in
 */
record CountryRecord(String code, String numericCode, String name, String nameLanguage, List<String> regions,
		String url) implements ExportRecord {

	static final String[] COLUMNS = { "code", "numeric_code", "name", "regions", "url" };

	static CountryRecord of(Country country, ExportQuery query) {
		LocalizedText.Resolved name = ExportRecord.resolve(country.getName(), query.language());
		return new CountryRecord(country.getCode(), country.getNumericCode(), ExportRecord.text(name),
				ExportRecord.language(name), country.getRegions().stream().map(Region::getCode).sorted().toList(),
				query.url("countries/" + country.getUrlCode()));
	}

	@Override
	public List<Object> csvRow() {
		return Arrays.asList(code, numericCode, name, ExportRecord.joined(regions), url);
	}

}
