package org.liaison.exchange.internal;

import java.time.LocalDate;
import java.util.List;

import org.liaison.common.Money;
import org.liaison.project.ImportedOrganisation;
import org.liaison.project.ImportedProject;
import org.liaison.project.ProjectStatus;

/**
 * A CORDIS record checked and mapped to Liaison's terms, before it meets the database: programme
 * and terms still by code, organisations by their CORDIS id. Its {@code toString} (a record's) is
 * what the {@code hash} digests.
 */
record MappedProject(String file, long line, String grantId, String hash, String slug, String acronym,
		String language, String title, String teaser, String objective, String keywords, String frameworkProgramme,
		ProjectStatus status, LocalDate startDate, LocalDate endDate, Money totalCost, Money euContribution,
		String website, String callIdentifier, String topic, String fundingScheme, String legalBasis,
		List<String> countries, List<TermRef> terms, List<ImportedOrganisation> organisations,
		List<ImportedProject.Participant> participants) {

	/** A term of one of the importer's vocabularies, by slug, with its name in the record's language. */
	record TermRef(String vocabulary, String slug, String name) {
	}

}
