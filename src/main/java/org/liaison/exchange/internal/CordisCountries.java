package org.liaison.exchange.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * CORDIS's country codes to ISO 3166-1: CORDIS writes Greece as {@code EL} and the United Kingdom
 * as {@code UK}, in {@code isoCode} fields too. From CORDIS's own reference table
 * ({@code reference/cordis/countries.csv}); a code it does not map is taken as it is when it is an
 * ISO code of the country table.
 */
final class CordisCountries {

	private final Map<String, String> isoByCordisCode;

	private final Set<String> isoCodes;

	CordisCountries(Set<String> isoCodes) {
		this.isoCodes = isoCodes;
		this.isoByCordisCode = load();
	}

	private static Map<String, String> load() {
		Map<String, String> map = new HashMap<>();
		try (Reader reader = new InputStreamReader(
				CordisCountries.class.getResourceAsStream("/reference/cordis/countries.csv"), StandardCharsets.UTF_8)) {
			CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
			for (CSVRecord row : format.parse(reader)) {
				String iso = row.get("isoCode");
				if (!iso.equals("NULL") && !iso.isBlank()) {
					map.put(row.get("euCode"), iso);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read CORDIS's country table", ex);
		}
		return map;
	}

	/** The ISO code of the country table for a CORDIS code, or null when there is none. */
	String iso(String cordisCode) {
		if (cordisCode == null || cordisCode.isBlank()) {
			return null;
		}
		String code = cordisCode.strip().toUpperCase(Locale.ROOT);
		String iso = isoByCordisCode.getOrDefault(code, code);
		return isoCodes.contains(iso) ? iso : null;
	}

}
