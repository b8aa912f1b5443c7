package org.liaison.exchange.iati;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.liaison.common.LocalizedText;
import org.liaison.common.Money;
import org.liaison.project.ImportedOrganisation;
import org.liaison.project.ImportedProject;
import org.liaison.project.ProjectBudget;
import org.liaison.project.ProjectStatus;
import org.liaison.project.RegionShare;

/**
 * An activity checked and mapped to Liaison's terms, before it meets the database: sectors still
 * by slug. The {@code hash} is a digest of the content, to tell a changed activity from an
 * unchanged one.
 */
record MappedActivity(String file, long line, String hash, Content content) {

	/**
	 * Everything stored of an activity (its {@code toString}, a record's, is what the hash digests).
	 * @param identifier the IATI identifier (for an activity without one, a digest of its content)
	 * @param countryPercentages shares of the countries that have one, in per cent
	 */
	record Content(String identifier, String slug, String acronym, LocalizedText title, LocalizedText summary,
			LocalizedText objective, ProjectStatus status, LocalDate start, LocalDate end, LocalDate plannedStart,
			LocalDate actualStart, LocalDate plannedEnd, LocalDate actualEnd, Money totalCost, String website,
			List<String> countries, Map<String, BigDecimal> countryPercentages, List<RegionShare> regions,
			List<ProjectBudget> budgets, List<SectorRef> sectors, List<ImportedOrganisation> organisations,
			List<ImportedProject.Participant> participants) {
	}

	/** A term of the IATI sector vocabulary, by slug, with its name. */
	record SectorRef(String slug, LocalizedText name) {
	}

}
