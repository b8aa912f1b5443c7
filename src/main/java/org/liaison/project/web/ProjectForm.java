package org.liaison.project.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.liaison.admin.TranslatedForm;
import org.liaison.common.LocalizedText;
import org.liaison.common.Money;
import org.liaison.geography.Country;
import org.liaison.project.Participation;
import org.liaison.project.ParticipationRole;
import org.liaison.project.Project;
import org.liaison.project.ProjectEditor;
import org.liaison.project.ProjectStatus;
import org.liaison.taxonomy.Term;

import org.springframework.format.annotation.DateTimeFormat;

/** The project form, as sent: texts per language, funding, countries, terms and participation rows. */
public class ProjectForm extends TranslatedForm {

	/** Empty participation rows the form offers for new participants. */
	static final int NEW_ROWS = 3;

	@NotBlank(message = "admin.validation.required")
	@Size(max = 120, message = "admin.validation.slug")
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "admin.validation.slug")
	private String slug;

	@NotBlank(message = "admin.validation.required")
	@Size(max = 60, message = "admin.validation.tooLong")
	private String acronym;

	@Size(max = 40, message = "admin.validation.tooLong")
	private String grantId;

	private Map<String, String> title = new LinkedHashMap<>();

	private Map<String, String> summary = new LinkedHashMap<>();

	private Map<String, String> objective = new LinkedHashMap<>();

	private String programme;

	private ProjectStatus status = ProjectStatus.ONGOING;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	@DecimalMin(value = "0", message = "admin.validation.amount")
	@Digits(integer = 16, fraction = 2, message = "admin.validation.amount")
	private BigDecimal totalCost;

	@Pattern(regexp = "|[A-Z]{3}", message = "admin.validation.currency")
	private String totalCostCurrency = "EUR";

	@DecimalMin(value = "0", message = "admin.validation.amount")
	@Digits(integer = 16, fraction = 2, message = "admin.validation.amount")
	private BigDecimal euContribution;

	@Pattern(regexp = "|[A-Z]{3}", message = "admin.validation.currency")
	private String euContributionCurrency = "EUR";

	@Size(max = 500, message = "admin.validation.tooLong")
	@Pattern(regexp = "|https?://\\S+", message = "admin.validation.url")
	private String website;

	@Pattern(regexp = "\\s*|\\s*[A-Za-z]{2}(\\s*[,;\\s]\\s*[A-Za-z]{2})*\\s*[,;]?\\s*", message = "admin.validation.countries")
	private String countries = "";

	private List<Long> termIds = new ArrayList<>();

	@Valid
	private List<ParticipationRow> participations = new ArrayList<>();

	static ProjectForm of(Project project) {
		ProjectForm form = new ProjectForm();
		form.slug = project.getSlug();
		form.acronym = project.getAcronym();
		form.grantId = project.getGrantId();
		form.title = new LinkedHashMap<>(project.getTitle().asMap());
		form.summary = new LinkedHashMap<>(project.getSummary().asMap());
		form.objective = new LinkedHashMap<>(project.getObjective().asMap());
		form.programme = (project.getProgramme() == null) ? null : project.getProgramme().getSlug();
		form.status = project.getStatus();
		form.startDate = project.getStartDate();
		form.endDate = project.getEndDate();
		if (project.getTotalCost() != null) {
			form.totalCost = project.getTotalCost().amount();
			form.totalCostCurrency = project.getTotalCost().currency();
		}
		if (project.getEuContribution() != null) {
			form.euContribution = project.getEuContribution().amount();
			form.euContributionCurrency = project.getEuContribution().currency();
		}
		form.website = project.getWebsite();
		form.countries = String.join(", ", project.getCountries().stream().map(Country::getCode).toList());
		form.termIds = new ArrayList<>(project.getTerms().stream().map(Term::getId).toList());
		for (Participation participation : project.getParticipations()) {
			form.participations.add(ParticipationRow.of(participation));
		}
		form.setVersion(project.getVersion());
		return form;
	}

	/** Empty rows for new participants after the existing ones. */
	ProjectForm withNewRows() {
		participations = new ArrayList<>(participations);
		for (int i = 0; i < NEW_ROWS; i++) {
			participations.add(new ParticipationRow());
		}
		return this;
	}

	ProjectEditor.Draft draft() {
		List<ProjectEditor.Participant> participants = participations.stream()
			.filter(row -> !row.isRemove() && !row.isEmpty())
			.map(ParticipationRow::participant)
			.toList();
		return new ProjectEditor.Draft(slug, acronym, blankToNull(grantId), LocalizedText.of(title),
				LocalizedText.of(summary), LocalizedText.of(objective), blankToNull(programme), status, startDate,
				endDate, money(totalCost, totalCostCurrency), money(euContribution, euContributionCurrency),
				blankToNull(website), countryCodes(), termIds, participants);
	}

	List<String> countryCodes() {
		return Arrays.stream(countries.split("[,;\\s]+"))
			.map(String::strip)
			.filter(code -> !code.isEmpty())
			.map(code -> code.toUpperCase(Locale.ROOT))
			.toList();
	}

	private static Money money(BigDecimal amount, String currency) {
		return (amount == null) ? null : new Money(amount, currency);
	}

	/** Label key (with the language for a text) → value, for the conflict page. */
	Map<String, String> comparable() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("admin.field.slug", slug);
		values.put("admin.projects.acronym", acronym);
		values.put("admin.projects.grantId", grantId);
		values.put("admin.projects.programme", programme);
		values.put("admin.field.status", String.valueOf(status));
		values.put("admin.projects.startDate", String.valueOf(startDate));
		values.put("admin.projects.endDate", String.valueOf(endDate));
		values.put("admin.projects.totalCost", totalCost == null ? null : totalCost.stripTrailingZeros().toPlainString() + " " + totalCostCurrency);
		values.put("admin.projects.euContribution", euContribution == null ? null : euContribution.stripTrailingZeros().toPlainString() + " " + euContributionCurrency);
		values.put("admin.projects.website", website);
		values.put("admin.projects.countries", String.join(", ", countryCodes()));
		values.put("admin.projects.terms", termIds.stream().sorted().toList().toString());
		values.put("admin.projects.participations", String.join("; ", participations.stream()
			.filter(row -> !row.isRemove() && !row.isEmpty()).map(ParticipationRow::describe).toList()));
		putTexts(values, "admin.field.title", title);
		putTexts(values, "admin.field.teaser", summary);
		putTexts(values, "admin.projects.objective", objective);
		return values;
	}

	@AssertTrue(message = "admin.validation.titleRequired")
	public boolean isTitleGiven() {
		return mainTextGiven();
	}

	@AssertTrue(message = "admin.validation.tooLong")
	public boolean isTextsShortEnough() {
		return fits(title, 1_000) && fits(summary, 5_000) && fits(objective, 20_000);
	}

	@AssertTrue(message = "admin.validation.language")
	public boolean isLanguagesValid() {
		return languagesValid();
	}

	@AssertTrue(message = "admin.validation.endBeforeStart")
	public boolean isDatesInOrder() {
		return startDate == null || endDate == null || !endDate.isBefore(startDate);
	}

	@AssertTrue(message = "admin.validation.currency")
	public boolean isCurrenciesGiven() {
		return (totalCost == null || Currencies.known(totalCostCurrency))
				&& (euContribution == null || Currencies.known(euContributionCurrency));
	}

	@Override
	protected Map<String, Map<String, String>> texts() {
		Map<String, Map<String, String>> texts = new LinkedHashMap<>();
		texts.put("title", title);
		texts.put("summary", summary);
		texts.put("objective", objective);
		return texts;
	}

	/** One participant row: the organisation by number or exact name, its role and contribution. */
	public static class ParticipationRow {

		@Size(max = 500, message = "admin.validation.tooLong")
		private String organisation = "";

		private String organisationName;

		private ParticipationRole role = ParticipationRole.PARTICIPANT;

		@DecimalMin(value = "0", message = "admin.validation.amount")
		@Digits(integer = 16, fraction = 2, message = "admin.validation.amount")
		private BigDecimal contribution;

		@Pattern(regexp = "|[A-Z]{3}", message = "admin.validation.currency")
		private String currency = "EUR";

		private boolean remove;

		static ParticipationRow of(Participation participation) {
			ParticipationRow row = new ParticipationRow();
			row.organisation = "#" + participation.getOrganisation().getId();
			row.organisationName = participation.getOrganisation().getName();
			row.role = participation.getRole();
			if (participation.getContribution() != null) {
				row.contribution = participation.getContribution().amount();
				row.currency = participation.getContribution().currency();
			}
			return row;
		}

		boolean isEmpty() {
			return organisation == null || organisation.isBlank();
		}

		ProjectEditor.Participant participant() {
			return new ProjectEditor.Participant(organisation.strip(), role == null ? ParticipationRole.PARTICIPANT : role,
					contribution == null ? null : new Money(contribution, Currencies.known(currency) ? currency : "EUR"));
		}

		String describe() {
			return organisation + " " + role + (contribution == null ? "" : " " + contribution.stripTrailingZeros().toPlainString() + " " + currency);
		}

		@AssertTrue(message = "admin.validation.currency")
		public boolean isCurrencyGiven() {
			return contribution == null || Currencies.known(currency);
		}

		public String getOrganisation() {
			return organisation;
		}

		public void setOrganisation(String organisation) {
			this.organisation = (organisation == null) ? "" : organisation;
		}

		/** The organisation's name, shown beside an existing row's number. */
		public String getOrganisationName() {
			return organisationName;
		}

		public void setOrganisationName(String organisationName) {
			this.organisationName = organisationName;
		}

		public ParticipationRole getRole() {
			return role;
		}

		public void setRole(ParticipationRole role) {
			this.role = role;
		}

		public BigDecimal getContribution() {
			return contribution;
		}

		public void setContribution(BigDecimal contribution) {
			this.contribution = contribution;
		}

		public String getCurrency() {
			return currency;
		}

		public void setCurrency(String currency) {
			this.currency = (currency == null) ? "" : currency.strip().toUpperCase(Locale.ROOT);
		}

		public boolean isRemove() {
			return remove;
		}

		public void setRemove(boolean remove) {
			this.remove = remove;
		}

	}

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = (slug == null) ? null : slug.strip();
	}

	public String getAcronym() {
		return acronym;
	}

	public void setAcronym(String acronym) {
		this.acronym = (acronym == null) ? null : acronym.strip();
	}

	public String getGrantId() {
		return grantId;
	}

	public void setGrantId(String grantId) {
		this.grantId = grantId;
	}

	public Map<String, String> getTitle() {
		return title;
	}

	public void setTitle(Map<String, String> title) {
		this.title = title;
	}

	public Map<String, String> getSummary() {
		return summary;
	}

	public void setSummary(Map<String, String> summary) {
		this.summary = summary;
	}

	public Map<String, String> getObjective() {
		return objective;
	}

	public void setObjective(Map<String, String> objective) {
		this.objective = objective;
	}

	public String getProgramme() {
		return programme;
	}

	public void setProgramme(String programme) {
		this.programme = programme;
	}

	public ProjectStatus getStatus() {
		return status;
	}

	public void setStatus(ProjectStatus status) {
		this.status = status;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalDate getEndDate() {
		return endDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}

	public BigDecimal getTotalCost() {
		return totalCost;
	}

	public void setTotalCost(BigDecimal totalCost) {
		this.totalCost = totalCost;
	}

	public String getTotalCostCurrency() {
		return totalCostCurrency;
	}

	public void setTotalCostCurrency(String totalCostCurrency) {
		this.totalCostCurrency = (totalCostCurrency == null) ? "" : totalCostCurrency.strip().toUpperCase(Locale.ROOT);
	}

	public BigDecimal getEuContribution() {
		return euContribution;
	}

	public void setEuContribution(BigDecimal euContribution) {
		this.euContribution = euContribution;
	}

	public String getEuContributionCurrency() {
		return euContributionCurrency;
	}

	public void setEuContributionCurrency(String euContributionCurrency) {
		this.euContributionCurrency = (euContributionCurrency == null) ? ""
				: euContributionCurrency.strip().toUpperCase(Locale.ROOT);
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = (website == null) ? null : website.strip();
	}

	public String getCountries() {
		return countries;
	}

	public void setCountries(String countries) {
		this.countries = (countries == null) ? "" : countries;
	}

	public List<Long> getTermIds() {
		return termIds;
	}

	public void setTermIds(List<Long> termIds) {
		this.termIds = (termIds == null) ? new ArrayList<>() : termIds;
	}

	public List<ParticipationRow> getParticipations() {
		return participations;
	}

	public void setParticipations(List<ParticipationRow> participations) {
		this.participations = participations;
	}

}
