package org.liaison.geography.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.liaison.common.Languages;
import org.liaison.common.LocalizedText;

import org.springframework.core.io.ClassPathResource;

/**
 * The ISO 3166-1 list with UN M49 regions (shipped in {@code reference/iso3166-m49}, CC BY-SA 4.0),
 * named in every EU language and a few more from the CLDR data that the JDK carries.
 */
public final class CountryCatalogue {

	/** Languages stored with each country beside the EU's 24; any other is resolved from CLDR on demand. */
	static final List<String> EXTRA_LANGUAGES = List.of("ar", "bs", "is", "ja", "ko", "mk", "nb", "ru", "sq", "sr", "tr",
			"uk", "zh");

	private static final String RESOURCE = "reference/iso3166-m49/countries.csv";

	private CountryCatalogue() {
	}

	/** One row of the list. */
	public record Entry(String code, String alpha3, String numericCode, LocalizedText name, String regionCode,
			String region, String subRegionCode, String subRegion, String intermediateCode, String intermediateRegion) {
	}

	public static List<Entry> entries() {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(),
				StandardCharsets.UTF_8)) {
			List<Entry> entries = new ArrayList<>();
			for (CSVRecord row : format.parse(reader)) {
				String code = row.get("alpha-2");
				entries.add(new Entry(code, row.get("alpha-3"), row.get("country-code"), names(code, row.get("name")),
						blankToNull(row.get("region-code")), blankToNull(row.get("region")),
						blankToNull(row.get("sub-region-code")), blankToNull(row.get("sub-region")),
						blankToNull(row.get("intermediate-region-code")), blankToNull(row.get("intermediate-region"))));
			}
			return entries;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the country list " + RESOURCE, ex);
		}
	}

	/** The country's name in each stored language, from CLDR; the list's English name where CLDR has none. */
	static LocalizedText names(String code, String englishName) {
		Locale country = new Locale.Builder().setRegion(code).build();
		Map<String, String> names = new LinkedHashMap<>();
		Stream.concat(Languages.EU_OFFICIAL.stream(), EXTRA_LANGUAGES.stream()).forEach(language -> {
			String name = country.getDisplayCountry(Locale.forLanguageTag(language));
			if (!name.isBlank() && !name.equals(code)) {
				names.put(language, name);
			}
		});
		names.putIfAbsent("en", englishName);
		return LocalizedText.of(names);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
