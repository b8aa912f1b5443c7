package org.liaison.exchange.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One CORDIS project as read from the source, every value still the source's text: the XML and
 * CSV readers fill it, {@link CordisMapper} checks and maps it.
 */
final class CordisRecord implements SourceItem {

	final String file;

	final long line;

	String language;

	String id;

	String acronym;

	String title;

	String teaser;

	String objective;

	String keywords;

	String status;

	String startDate;

	String endDate;

	String totalCost;

	String ecMaxContribution;

	String website;

	/** The CSV's single fields, when the source is a CSV (the XML has them as calls and programmes). */
	String callIdentifier;

	String topicCode;

	String legalBasisCode;

	String frameworkProgramme;

	String fundingSchemeCode;

	final List<Programme> programmes = new ArrayList<>();

	final List<Category> categories = new ArrayList<>();

	final List<Organisation> organisations = new ArrayList<>();

	CordisRecord(String file, long line) {
		this.file = file;
		this.line = line;
	}

	@Override
	public String file() {
		return file;
	}

	@Override
	public long line() {
		return line;
	}

	/** A programme association: {@code relatedLegalBasis} or {@code relatedTopic}. */
	static final class Programme {

		String type;

		String code;

		String title;

		String frameworkProgramme;

		boolean uniqueProgrammePart;

	}

	/** A classification: {@code policyPriorities}, {@code euroSciVoc}, {@code projectFundingSchemeCategory}… */
	static final class Category {

		String classification;

		String code;

		String title;

		String weight;

	}

	/** A participating organisation, with its part in this project. */
	static final class Organisation {

		String type;

		String id;

		String legalName;

		String shortName;

		String country;

		String activityType;

		String ecContribution;

		String website;

	}

}
