package org.liaison.api.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import org.liaison.common.Money;
import org.liaison.geography.Country;
import org.liaison.project.Participation;
import org.liaison.project.Project;
import org.liaison.taxonomy.Term;
import org.liaison.taxonomy.Vocabulary;

/**
 * A project as the API gives it. {@code participants} only in a single project's answer.
 *
 * @param source where an imported project came from ({@code cordis}, {@code iati}), else null
 * @param sourceId its id there: a CORDIS grant id, an IATI activity identifier
 * @param terms every term the project is tagged with, by vocabulary code and slug (goals, priorities and themes too)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Project")
record ProjectJson(@Schema(example = "wazihub") String slug, @Schema(example = "WAZIHUB") String acronym, Text title,
		Text summary, Text objective, @Schema(example = "horizon-2020") String programme,
		@Schema(allowableValues = { "planned", "ongoing", "closed" }) String status, LocalDate startDate,
		LocalDate endDate, @Schema(example = "780229") String grantId, String source, String sourceId,
		Amount totalCost, Amount euContribution, String website, @Schema(example = "[\"KE\", \"UG\"]") List<String> countries,
		List<String> goals, List<String> priorities, List<String> themes, List<TermRef> terms,
		List<Participant> participants, @Schema(example = "/en/projects/wazihub") String portalUrl) {

	static ProjectJson of(Project project, ApiLanguage language, boolean withParticipants) {
		List<Term> terms = List.copyOf(project.getTerms());
		return new ProjectJson(project.getSlug(), project.getAcronym(), Text.of(project.getTitle(), language),
				Text.of(project.getSummary(), language), Text.of(project.getObjective(), language),
				(project.getProgramme() == null) ? null : project.getProgramme().getSlug(),
				project.getStatus().name().toLowerCase(Locale.ROOT), project.getStartDate(), project.getEndDate(),
				project.getGrantId(), project.getSource(), project.getSourceId(), Amount.of(project.getTotalCost()),
				Amount.of(project.getEuContribution()), project.getWebsite(),
				project.getCountries().stream().map(Country::getCode).toList(),
				Term.slugsIn(terms, Vocabulary.POLICY_GOALS), Term.slugsIn(terms, Vocabulary.D4D_PRIORITIES),
				Term.slugsIn(terms, Vocabulary.THEMES),
				terms.stream().map(t -> new TermRef(t.getVocabulary().getCode(), t.getSlug()))
					.sorted(java.util.Comparator.comparing(TermRef::vocabulary).thenComparing(TermRef::slug))
					.toList(),
				withParticipants ? project.getParticipations().stream().map(Participant::of).toList() : null,
				language.portalUrl("projects/" + project.getSlug()));
	}

	/** An amount of money in an ISO 4217 currency. */
	@Schema(name = "Amount")
	record Amount(@Schema(example = "1160031.00") BigDecimal amount, @Schema(example = "EUR") String currency) {

		static Amount of(Money money) {
			return (money == null) ? null : new Amount(money.amount(), money.currency());
		}

	}

	/** A term by its vocabulary's code and its slug. */
	@Schema(name = "TermRef")
	record TermRef(@Schema(example = "policy-goals") String vocabulary, @Schema(example = "connectivity") String slug) {
	}

	/** An organisation's part in a project. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(name = "Participant")
	record Participant(long organisationId, String organisation, String shortName,
			@Schema(allowableValues = { "coordinator", "participant", "associated_partner", "third_party", "funder",
					"implementer" }) String role,
			String country, Amount contribution) {

		static Participant of(Participation participation) {
			return new Participant(participation.getOrganisation().getId(), participation.getOrganisation().getName(),
					participation.getOrganisation().getShortName(),
					participation.getRole().name().toLowerCase(Locale.ROOT),
					(participation.getCountry() == null) ? null : participation.getCountry().getCode(),
					Amount.of(participation.getContribution()));
		}

	}

}
