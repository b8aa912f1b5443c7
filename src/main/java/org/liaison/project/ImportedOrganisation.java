package org.liaison.project;

import java.util.Map;
import java.util.Set;

/**
 * An organisation as an import hands it over: matched by its identifier in the source, created when
 * new, updated when its {@code hash} (of the source data) differs from the stored one.
 *
 * @param source the source's name, e.g. {@code cordis}
 * @param sourceId the organisation's identifier there (CORDIS's participant identification code)
 * @param hash a digest of the source data, stored to tell changed records from unchanged ones
 * @param countryCode ISO 3166-1 alpha-2 code of a country in the country table, or null
 */
public record ImportedOrganisation(String source, String sourceId, String hash, String name, String shortName,
		String countryCode, String kind, String website) {

	public ImportedOrganisation {
		if (source == null || sourceId == null || sourceId.isBlank()) {
			throw new IllegalArgumentException("An imported organisation needs its source and its identifier there");
		}
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("Organisation " + sourceId + " has no name");
		}
	}

	/**
	 * What an import of organisations wrote: the database id of every organisation handed over, by
	 * source id, and the ids of those it created and of those it changed (the others were left as they were).
	 */
	public record Written(Map<String, Long> ids, Set<Long> created, Set<Long> changed) {
	}

}
