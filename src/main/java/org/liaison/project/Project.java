package org.liaison.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.hibernate.annotations.Type;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

import org.liaison.common.LocalizedText;
import org.liaison.common.LocalizedTextType;
import org.liaison.common.Money;
import org.liaison.common.Publication;
import org.liaison.common.PublicProfile;
import org.liaison.common.Slug;
import org.liaison.common.search.SearchFields;
import org.liaison.common.search.SearchItem;
import org.liaison.common.search.SearchableText;
import org.liaison.geography.Country;
import org.liaison.taxonomy.Term;
import org.liaison.taxonomy.Vocabulary;

/** A funded cooperation project: WAZIHUB, FANFAR, EPIC… */
@Entity
@org.hibernate.envers.Audited
@SearchItem(value = "project", publishedOnly = true, visibility = "publication.status",
		publicWhere = "e.publication.status = PUBLISHED")
public class Project implements PublicProfile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@KeywordField(name = SearchFields.KEY, projectable = Projectable.YES)
	private String slug;

	@SearchableText(value = SearchFields.LABEL, suggest = true)
	private String acronym;

	@Type(LocalizedTextType.class)
	@SearchableText(value = SearchFields.TITLE, suggest = true)
	private LocalizedText title;

	@Type(LocalizedTextType.class)
	@SearchableText(SearchFields.SUMMARY)
	private LocalizedText summary = LocalizedText.empty();

	@ManyToOne(fetch = FetchType.LAZY)
	@org.hibernate.envers.Audited(targetAuditMode = org.hibernate.envers.RelationTargetAuditMode.NOT_AUDITED)
	private Programme programme;

	private String grantId;

	@Enumerated(EnumType.STRING)
	private ProjectStatus status = ProjectStatus.ONGOING;

	@GenericField(name = SearchFields.DATE, sortable = Sortable.YES, projectable = Projectable.YES)
	private LocalDate startDate;

	private LocalDate endDate;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "amount", column = @Column(name = "total_cost")),
			@AttributeOverride(name = "currency", column = @Column(name = "total_cost_currency")) })
	private Money totalCost;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "amount", column = @Column(name = "eu_contribution")),
			@AttributeOverride(name = "currency", column = @Column(name = "eu_contribution_currency")) })
	private Money euContribution;

	private String website;

	@Type(LocalizedTextType.class)
	private LocalizedText objective = LocalizedText.empty();

	private String keywords;

	private String callIdentifier;

	private String topic;

	private String fundingScheme;

	private String legalBasis;

	/** Where the project was imported from ({@code cordis}, {@code iati}); null when entered here. */
	private String source;

	/** The project's identifier in its source: the CORDIS grant id, the IATI identifier. */
	private String sourceId;

	@org.hibernate.envers.NotAudited
	@ManyToMany
	@JoinTable(name = "project_country", joinColumns = @JoinColumn(name = "project_id"),
			inverseJoinColumns = @JoinColumn(name = "country_code"))
	@OrderColumn(name = "position")
	private List<Country> countries = new ArrayList<>();

	@org.hibernate.envers.NotAudited
	@ManyToMany
	@JoinTable(name = "project_term", joinColumns = @JoinColumn(name = "project_id"),
			inverseJoinColumns = @JoinColumn(name = "term_id"))
	private Set<Term> terms = new LinkedHashSet<>();

	@org.hibernate.envers.NotAudited
	@OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<Participation> participations = new ArrayList<>();

	// IATI's activity dates (planned and actual start and end); start and end above are the best known.

	private LocalDate plannedStartDate;

	private LocalDate actualStartDate;

	private LocalDate plannedEndDate;

	private LocalDate actualEndDate;

	@org.hibernate.envers.NotAudited
	@ElementCollection
	@CollectionTable(name = "project_region", joinColumns = @JoinColumn(name = "project_id"))
	@OrderColumn(name = "position")
	private List<RegionShare> regions = new ArrayList<>();

	@org.hibernate.envers.NotAudited
	@ElementCollection
	@CollectionTable(name = "project_budget", joinColumns = @JoinColumn(name = "project_id"))
	@OrderColumn(name = "position")
	private List<ProjectBudget> budgets = new ArrayList<>();

	@jakarta.persistence.Embedded
	private Publication publication = Publication.published();

	@Version
	private long version;

	protected Project() {
	}

	public Project(String slug, String acronym, LocalizedText title, Programme programme) {
		if (acronym == null || acronym.isBlank()) {
			throw new IllegalArgumentException("A project needs an acronym");
		}
		if (title == null || title.isEmpty()) {
			throw new IllegalArgumentException("Project " + acronym + " needs a title");
		}
		this.slug = Slug.require(slug);
		this.acronym = acronym.strip();
		this.title = title;
		this.programme = programme;
	}

	/** Changes what the project is called and where it is funded from. */
	public void identify(String slug, String acronym, LocalizedText title, Programme programme) {
		if (acronym == null || acronym.isBlank()) {
			throw new IllegalArgumentException("A project needs an acronym");
		}
		if (title == null || title.isEmpty()) {
			throw new IllegalArgumentException("Project " + acronym + " needs a title");
		}
		this.slug = Slug.require(slug);
		this.acronym = acronym.strip();
		this.title = title;
		this.programme = programme;
	}

	/** Replaces the project's terms of one vocabulary; terms of other vocabularies stay. */
	public void retag(String vocabulary, java.util.Collection<Term> replacements) {
		this.terms.removeIf(term -> term.getVocabulary().getCode().equals(vocabulary));
		this.terms.addAll(replacements);
	}

	public void describe(LocalizedText summary, String website) {
		this.summary = summary;
		this.website = website;
	}

	public void schedule(LocalDate startDate, LocalDate endDate, ProjectStatus status) {
		if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
			throw new IllegalArgumentException("Project " + acronym + " ends (" + endDate + ") before it starts ("
					+ startDate + ")");
		}
		this.startDate = startDate;
		this.endDate = endDate;
		this.status = status;
	}

	public void fund(String grantId, Money totalCost, Money euContribution) {
		this.grantId = grantId;
		this.totalCost = totalCost;
		this.euContribution = euContribution;
	}

	public void workIn(List<Country> countries) {
		if (countries.stream().distinct().count() < countries.size()) {
			throw new IllegalArgumentException("Project " + acronym + " names a country more than once: "
					+ countries.stream().map(Country::getCode).toList());
		}
		this.countries.clear();
		this.countries.addAll(countries);
	}

	/** Changes what the back office edits: address, names, texts and programme. */
	public void edit(String slug, String acronym, LocalizedText title, LocalizedText summary, LocalizedText objective,
			Programme programme, String website) {
		if (acronym == null || acronym.isBlank()) {
			throw new IllegalArgumentException("A project needs an acronym");
		}
		if (title == null || title.isEmpty()) {
			throw new IllegalArgumentException("Project " + acronym + " needs a title");
		}
		this.slug = Slug.require(slug);
		this.acronym = acronym.strip();
		this.title = title;
		this.summary = (summary == null) ? LocalizedText.empty() : summary;
		this.objective = (objective == null) ? LocalizedText.empty() : objective;
		this.programme = programme;
		this.website = website;
	}

	/** Replaces the terms of the given vocabularies by these; terms of other vocabularies stay. */
	public void retag(java.util.Collection<String> vocabularies, java.util.Collection<Term> replacement) {
		this.terms.removeIf(t -> vocabularies.contains(t.getVocabulary().getCode()));
		this.terms.addAll(replacement);
	}

	/** Removes every participation (the rows go with them). */
	public void clearParticipations() {
		participations.clear();
	}

	public void tag(Iterable<Term> terms) {
		terms.forEach(this.terms::add);
	}

	public Participation addParticipation(Organisation organisation, ParticipationRole role, Country country,
			Money contribution) {
		Participation participation = new Participation(this, organisation, role, country, contribution);
		participations.add(participation);
		return participation;
	}

	/** A project the back office creates is a draft until an editor publishes its profile. */
	public void beginAsDraft() {
		this.publication = Publication.draft();
	}

	@Override
	public Publication publication() {
		return publication;
	}

	@Override
	public Long getId() {
		return id;
	}

	@Override
	public String getSlug() {
		return slug;
	}

	public String getAcronym() {
		return acronym;
	}

	public LocalizedText getTitle() {
		return title;
	}

	public LocalizedText getSummary() {
		return summary;
	}

	public Programme getProgramme() {
		return programme;
	}

	public String getGrantId() {
		return grantId;
	}

	public ProjectStatus getStatus() {
		return status;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public LocalDate getEndDate() {
		return endDate;
	}

	public Money getTotalCost() {
		return totalCost;
	}

	public Money getEuContribution() {
		return euContribution;
	}

	public String getWebsite() {
		return website;
	}

	public LocalizedText getObjective() {
		return objective;
	}

	public String getKeywords() {
		return keywords;
	}

	public String getCallIdentifier() {
		return callIdentifier;
	}

	public String getTopic() {
		return topic;
	}

	public String getFundingScheme() {
		return fundingScheme;
	}

	public String getLegalBasis() {
		return legalBasis;
	}

	public String getSource() {
		return source;
	}

	public String getSourceId() {
		return sourceId;
	}

	public List<Country> getCountries() {
		return countries;
	}

	public Set<Term> getTerms() {
		return terms;
	}

	/** The terms of one vocabulary, e.g. the policy goals this project serves. */
	public List<Term> termsOf(String vocabulary) {
		return terms.stream().filter(t -> t.getVocabulary().getCode().equals(vocabulary))
			.sorted(java.util.Comparator.comparingInt(Term::getPosition)).toList();
	}

	public LocalDate getPlannedStartDate() {
		return plannedStartDate;
	}

	public LocalDate getActualStartDate() {
		return actualStartDate;
	}

	public LocalDate getPlannedEndDate() {
		return plannedEndDate;
	}

	public LocalDate getActualEndDate() {
		return actualEndDate;
	}

	/** Recipient regions with their shares, as the source lists them. */
	public List<RegionShare> getRegions() {
		return regions;
	}

	/** Budgets per period, as the source lists them. */
	public List<ProjectBudget> getBudgets() {
		return budgets;
	}

	public List<Participation> getParticipations() {
		return participations;
	}

	@Override
	public long getVersion() {
		return version;
	}

	// Derived values for the search index (facets, sorts, keys); read by Hibernate Search only.

	@KeywordField(name = SearchFields.REGION, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "countries")))
	public List<String> getSearchRegions() {
		return countries.stream().flatMap(c -> c.getRegions().stream()).map(r -> r.getCode()).distinct().toList();
	}

	@KeywordField(name = SearchFields.COUNTRY, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "countries")))
	public List<String> getSearchCountries() {
		return countries.stream().map(Country::getCode).toList();
	}

	@KeywordField(name = SearchFields.GOAL, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "terms")))
	public List<String> getSearchGoals() {
		return Term.slugsIn(terms, Vocabulary.POLICY_GOALS);
	}

	@KeywordField(name = SearchFields.PRIORITY, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "terms")))
	public List<String> getSearchPriorities() {
		return Term.slugsIn(terms, Vocabulary.D4D_PRIORITIES);
	}

	@KeywordField(name = SearchFields.PROGRAMME, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "programme")))
	public String getSearchProgramme() {
		return (programme == null) ? null : programme.getSlug();
	}

	@GenericField(name = SearchFields.YEAR, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "startDate")))
	public Integer getSearchYear() {
		return (startDate == null) ? null : startDate.getYear();
	}

	@GenericField(name = SearchFields.FUNDING, sortable = Sortable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "euContribution")))
	public Long getSearchFunding() {
		return (euContribution == null) ? null : euContribution.amount().longValue();
	}

}
