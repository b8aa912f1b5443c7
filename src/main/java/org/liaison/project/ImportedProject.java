package org.liaison.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.liaison.common.LocalizedText;
import org.liaison.common.Money;

/**
 * A project as an import hands it over. It matches a stored project by grant id; a new one is
 * created under {@code slug}; a stored one whose {@code hash} differs is updated: its fields, its
 * countries and participations replaced, its terms of the importer's vocabularies replaced (other
 * terms kept), and its texts merged language by language (translations entered here are kept).
 *
 * @param source the source's name, e.g. {@code cordis}
 * @param grantId the grant id, which is also the identifier in the source
 * @param hash a digest of the source data, stored to tell changed records from unchanged ones
 * @param programmeId the programme, from {@link ProjectService#ensureProgramme}, or null
 * @param countries ISO codes of countries in the country table, in the source's order, no repeats
 * @param termIds the project's terms of the importer's vocabularies
 * @param details what IATI brings beyond CORDIS's fields; {@link Details#NONE} for CORDIS
 */
public record ImportedProject(String source, String grantId, String hash, String slug, String acronym,
		LocalizedText title, LocalizedText summary, LocalizedText objective, String keywords, Long programmeId,
		ProjectStatus status, LocalDate startDate, LocalDate endDate, Money totalCost, Money euContribution,
		String website, String callIdentifier, String topic, String fundingScheme, String legalBasis,
		List<String> countries, List<Long> termIds, List<Participant> participants, Details details) {

	/** A project without IATI's details, matched by grant id (CORDIS). */
	public ImportedProject(String source, String grantId, String hash, String slug, String acronym, LocalizedText title,
			LocalizedText summary, LocalizedText objective, String keywords, Long programmeId, ProjectStatus status,
			LocalDate startDate, LocalDate endDate, Money totalCost, Money euContribution, String website,
			String callIdentifier, String topic, String fundingScheme, String legalBasis, List<String> countries,
			List<Long> termIds, List<Participant> participants) {
		this(source, grantId, hash, slug, acronym, title, summary, objective, keywords, programmeId, status, startDate,
				endDate, totalCost, euContribution, website, callIdentifier, topic, fundingScheme, legalBasis, countries,
				termIds, participants, Details.NONE);
	}

	/** The grant id to store: none when the identifier is only the source's (an IATI identifier). */
	public String storedGrantId() {
		return details.matchedBySourceId() ? null : grantId;
	}

	/**
	 * What IATI activities bring beyond CORDIS's fields.
	 * @param matchedBySourceId true when {@code grantId} is the source's identifier only (an IATI
	 * identifier): the project is then matched by source and source id, and stores no grant id
	 * @param countryPercentages the share of each country in {@code countries}, in per cent (absent: not given)
	 */
	public record Details(boolean matchedBySourceId, Map<String, BigDecimal> countryPercentages,
			List<RegionShare> regions, List<ProjectBudget> budgets, LocalDate plannedStart, LocalDate actualStart,
			LocalDate plannedEnd, LocalDate actualEnd) {

		public static final Details NONE = new Details(false, Map.of(), List.of(), List.of(), null, null, null, null);

	}

	/**
	 * An organisation's part in the project.
	 * @param organisationSourceId the organisation's identifier in the source, imported before
	 * @param countryCode ISO code of a country in the country table, or null
	 */
	public record Participant(String organisationSourceId, ParticipationRole role, String countryCode,
			Money contribution) {
	}

	/** What an import did with one project. */
	public enum Outcome {
		CREATED, UPDATED, UNCHANGED
	}

}
