package org.liaison.exchange.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.liaison.common.Money;
import org.liaison.common.Slug;
import org.liaison.project.ImportedOrganisation;
import org.liaison.project.ImportedProject;
import org.liaison.project.ParticipationRole;
import org.liaison.project.ProjectStatus;

/**
 * Checks a CORDIS record and maps it to Liaison's model; a record that cannot be mapped is
 * rejected with the reason, before anything of it is written.
 */
final class CordisMapper {

	static final String SOURCE = "cordis";

	static final String POLICY_PRIORITIES = "cordis-policy-priorities";

	static final String EUROSCIVOC = "euroscivoc";

	static final String FUNDING_SCHEMES = "cordis-funding-schemes";

	static final String TOPICS = "cordis-topics";

	static final String PROGRAMME_PARTS = "cordis-programme-parts";

	/** Changes whenever the mapping changes, so that the next import updates every project once. */
	private static final String MAPPING_VERSION = "1";

	private final CordisCountries countries;

	CordisMapper(CordisCountries countries) {
		this.countries = countries;
	}

	/** A record that cannot be imported, and why. */
	static final class Rejected extends Exception {

		Rejected(String reason) {
			super(reason, null, false, false);
		}

	}

	MappedProject map(CordisRecord r) throws Rejected {
		String grantId = required(r.id, "grant id (<id>)");
		if (!grantId.matches("[0-9]{1,20}")) {
			throw new Rejected("grant id '" + grantId + "' is not a number");
		}
		String acronym = required(r.acronym, "acronym");
		limit(acronym, 60, "acronym");
		String title = required(r.title, "title");
		String language = (r.language == null || r.language.isBlank()) ? "en"
				: r.language.strip().toLowerCase(Locale.ROOT);
		if (!language.matches("[a-z]{2,3}")) {
			throw new Rejected("language '" + r.language + "' is not a language code");
		}
		ProjectStatus status = status(r.status);
		LocalDate start = date(r.startDate, "start date");
		LocalDate end = date(r.endDate, "end date");
		if (start != null && end != null && end.isBefore(start)) {
			throw new Rejected("end date " + end + " is before start date " + start);
		}
		BigDecimal totalCost = amount(r.totalCost, "total cost");
		BigDecimal euContribution = amount(r.ecMaxContribution, "EU contribution");

		List<MappedProject.TermRef> terms = new ArrayList<>();
		String frameworkProgramme = blankToNull(r.frameworkProgramme);
		String legalBasis = blankToNull(r.legalBasisCode);
		String topic = blankToNull(r.topicCode);
		CordisRecord.Programme uniquePart = null;
		for (CordisRecord.Programme programme : r.programmes) {
			if (programme.code == null || programme.code.isBlank()) {
				continue;
			}
			if ("relatedLegalBasis".equals(programme.type)) {
				if (uniquePart == null || (programme.uniqueProgrammePart && !uniquePart.uniqueProgrammePart)) {
					uniquePart = programme;
				}
				term(terms, PROGRAMME_PARTS, programme.code, programme.title);
			}
			else if ("relatedTopic".equals(programme.type)) {
				topic = (topic == null) ? programme.code : topic;
				term(terms, TOPICS, programme.code, programme.title);
			}
			if (frameworkProgramme == null) {
				frameworkProgramme = blankToNull(programme.frameworkProgramme);
			}
		}
		if (uniquePart != null) {
			legalBasis = uniquePart.code;
			if (blankToNull(uniquePart.frameworkProgramme) != null) {
				frameworkProgramme = uniquePart.frameworkProgramme;
			}
		}
		else if (legalBasis != null) {
			term(terms, PROGRAMME_PARTS, legalBasis, null);
		}
		if (r.topicCode != null && r.programmes.isEmpty() && topic != null) {
			term(terms, TOPICS, topic, null);
		}
		String fundingScheme = blankToNull(r.fundingSchemeCode);
		for (CordisRecord.Category category : r.categories) {
			String code = (category.code == null) ? "" : category.code.strip();
			String plain = code.startsWith("/") ? code.substring(1) : code;
			if (plain.isEmpty() || category.classification == null) {
				continue;
			}
			switch (category.classification) {
				case "policyPriorities" -> {
					// a weight of 0 says the project does not contribute to the priority
					if (weight(category.weight) > 0) {
						term(terms, POLICY_PRIORITIES, plain, category.title);
					}
				}
				case "euroSciVoc" -> term(terms, EUROSCIVOC, plain, category.title);
				case "projectFundingSchemeCategory" -> {
					fundingScheme = plain;
					term(terms, FUNDING_SCHEMES, plain, category.title);
				}
				default -> {
				}
			}
		}
		if (fundingScheme != null && terms.stream().noneMatch(t -> t.vocabulary().equals(FUNDING_SCHEMES))) {
			term(terms, FUNDING_SCHEMES, fundingScheme, null);
		}
		limit(legalBasis, 120, "programme part");
		limit(topic, 120, "topic");
		limit(fundingScheme, 120, "funding scheme");
		String callIdentifier = blankToNull(r.callIdentifier);
		limit(callIdentifier, 120, "call");
		String website = blankToNull(r.website);
		limit(website, 500, "website");

		List<ImportedOrganisation> organisations = new ArrayList<>();
		List<ImportedProject.Participant> participants = new ArrayList<>();
		Set<String> projectCountries = new LinkedHashSet<>();
		for (CordisRecord.Organisation o : r.organisations) {
			String id = required(o.id, "organisation id");
			String name = required(o.legalName, "name of organisation " + id);
			ParticipationRole role = role(o.type, id);
			String country = countries.iso(o.country);
			String shortName = cut(blankToNull(o.shortName), 100);
			String kind = blankToNull(o.activityType);
			if (kind != null && kind.startsWith("/")) {
				kind = kind.substring(1);
			}
			String orgWebsite = cut(blankToNull(o.website), 500);
			String content = String.join("|", name, String.valueOf(shortName), String.valueOf(country),
					String.valueOf(kind), String.valueOf(orgWebsite));
			organisations.add(new ImportedOrganisation(SOURCE, id, sha256(MAPPING_VERSION + content), cut(name, 500),
					shortName, country, cut(kind, 40), orgWebsite));
			BigDecimal contribution = amount(o.ecContribution, "EU contribution of organisation " + id);
			participants.add(new ImportedProject.Participant(id, role, country,
					(contribution == null) ? null : new Money(contribution, "EUR")));
			if (country != null) {
				if (role == ParticipationRole.COORDINATOR) {
					Set<String> reordered = new LinkedHashSet<>();
					reordered.add(country);
					reordered.addAll(projectCountries);
					projectCountries = reordered;
				}
				else {
					projectCountries.add(country);
				}
			}
		}

		String slug = slug(acronym, grantId);
		MappedProject unhashed = new MappedProject(r.file, r.line, grantId, null, slug, acronym, language, title,
				blankToNull(r.teaser), blankToNull(r.objective), blankToNull(r.keywords), frameworkProgramme, status,
				start, end, (totalCost == null || totalCost.signum() == 0) ? null : new Money(totalCost, "EUR"),
				(euContribution == null) ? null : new Money(euContribution, "EUR"), website, callIdentifier, topic,
				fundingScheme, legalBasis, List.copyOf(projectCountries), List.copyOf(terms), List.copyOf(organisations),
				List.copyOf(participants));
		String described = unhashed.toString();
		String hash = sha256(MAPPING_VERSION + described.substring(described.indexOf("grantId=")));
		return new MappedProject(r.file, r.line, grantId, hash, slug, acronym, language, title, unhashed.teaser(),
				unhashed.objective(), unhashed.keywords(), frameworkProgramme, status, start, end, unhashed.totalCost(),
				unhashed.euContribution(), website, callIdentifier, topic, fundingScheme, legalBasis,
				unhashed.countries(), unhashed.terms(), unhashed.organisations(), unhashed.participants());
	}

	/** The programme slug and name for CORDIS's framework programme code. */
	static String[] programme(String frameworkProgramme) {
		return switch (frameworkProgramme) {
			case "HORIZON" -> new String[] { "horizon-europe", "Horizon Europe", "2021", "2027" };
			case "H2020" -> new String[] { "horizon-2020", "Horizon 2020", "2014", "2020" };
			case "FP7" -> new String[] { "fp7", "Seventh Framework Programme (FP7)", "2007", "2013" };
			default -> new String[] { Slug.from(frameworkProgramme), frameworkProgramme, null, null };
		};
	}

	private static void term(List<MappedProject.TermRef> terms, String vocabulary, String code, String title) {
		String slug;
		try {
			slug = Slug.from(code);
		}
		catch (IllegalArgumentException ex) {
			return;
		}
		if (!Slug.isValid(slug)) {
			return;
		}
		String name = (title == null || title.isBlank()) ? code : title.strip();
		if (terms.stream().noneMatch(t -> t.vocabulary().equals(vocabulary) && t.slug().equals(slug))) {
			terms.add(new MappedProject.TermRef(vocabulary, slug, name));
		}
	}

	static String slug(String acronym, String grantId) {
		String base;
		try {
			base = Slug.from(acronym);
		}
		catch (IllegalArgumentException ex) {
			base = "project";
		}
		int room = 120 - grantId.length() - 1;
		if (base.length() > room) {
			base = base.substring(0, room).replaceAll("-+$", "");
		}
		return base + "-" + grantId;
	}

	private static ProjectStatus status(String status) throws Rejected {
		String value = required(status, "status").toUpperCase(Locale.ROOT);
		return switch (value) {
			case "SIGNED", "ONGOING" -> ProjectStatus.ONGOING;
			case "CLOSED", "TERMINATED" -> ProjectStatus.CLOSED;
			default -> throw new Rejected("status '" + status + "' is none of SIGNED, CLOSED, TERMINATED");
		};
	}

	private static ParticipationRole role(String type, String organisation) throws Rejected {
		return switch ((type == null) ? "" : type.strip()) {
			case "coordinator" -> ParticipationRole.COORDINATOR;
			case "participant" -> ParticipationRole.PARTICIPANT;
			case "associatedPartner" -> ParticipationRole.ASSOCIATED_PARTNER;
			case "thirdParty" -> ParticipationRole.THIRD_PARTY;
			default -> throw new Rejected("organisation " + organisation + " has the unknown role '" + type + "'");
		};
	}

	private static LocalDate date(String value, String what) throws Rejected {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new Rejected(what + " '" + value + "' is not a date (YYYY-MM-DD)");
		}
	}

	private static BigDecimal amount(String value, String what) throws Rejected {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			BigDecimal amount = new BigDecimal(value.strip());
			if (amount.signum() < 0) {
				throw new Rejected(what + " " + value + " is negative");
			}
			if (amount.precision() - amount.scale() > 16) {
				throw new Rejected(what + " " + value + " is too large");
			}
			return amount;
		}
		catch (NumberFormatException ex) {
			throw new Rejected(what + " '" + value + "' is not a number");
		}
	}

	private static double weight(String weight) {
		try {
			return (weight == null) ? 1 : Double.parseDouble(weight);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static String required(String value, String what) throws Rejected {
		if (value == null || value.isBlank()) {
			throw new Rejected("no " + what);
		}
		return value.strip();
	}

	private static void limit(String value, int max, String what) throws Rejected {
		if (value != null && value.length() > max) {
			throw new Rejected(what + " is longer than " + max + " characters");
		}
	}

	private static String cut(String value, int max) {
		return (value == null || value.length() <= max) ? value : value.substring(0, max);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
