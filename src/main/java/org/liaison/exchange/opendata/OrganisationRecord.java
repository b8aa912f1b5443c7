package org.liaison.exchange.opendata;

import java.util.Arrays;
import java.util.List;

import org.liaison.project.Organisation;

/**
 * One organisation taking part in projects, as open data.
 *
 * @param id Liaison's identifier (organisations have no page of their own)
 * @param source where it was imported from ({@code cordis}), with its identifier there
 */
record OrganisationRecord(long id, String name, String shortName, String kind, String country, String website,
		String source, String sourceId) implements ExportRecord {

	static final String[] COLUMNS = { "id", "name", "short_name", "kind", "country", "website", "source",
			"source_id" };

	static OrganisationRecord of(Organisation organisation) {
		return new OrganisationRecord(organisation.getId(), organisation.getName(), organisation.getShortName(),
				organisation.getKind(), (organisation.getCountry() == null) ? null : organisation.getCountry().getCode(),
				organisation.getWebsite(), organisation.getSource(), organisation.getSourceId());
	}

	@Override
	public List<Object> csvRow() {
		return Arrays.asList(id, name, shortName, kind, country, website, source, sourceId);
	}

}
