package org.liaison.geography;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import org.hibernate.annotations.Type;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

import org.liaison.common.LocalizedText;
import org.liaison.common.LocalizedTextType;
import org.liaison.common.Slug;
import org.liaison.common.search.SearchFields;
import org.liaison.common.search.SearchItem;
import org.liaison.common.search.SearchableText;

/** A policy region: a geographical area that activities are grouped by, with its countries. */
@Entity
@org.hibernate.envers.Audited
@SearchItem("region")
public class Region {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@KeywordField(name = SearchFields.KEY, projectable = Projectable.YES)
	private String code;

	@Type(LocalizedTextType.class)
	@SearchableText(value = SearchFields.TITLE, suggest = true)
	private LocalizedText name;

	@Type(LocalizedTextType.class)
	@SearchableText(SearchFields.SUMMARY)
	private LocalizedText summary = LocalizedText.empty();

	@Type(LocalizedTextType.class)
	@SearchableText(SearchFields.BODY)
	private LocalizedText description = LocalizedText.empty();

	private int position;

	// the member countries are not in its history: a restore keeps them
	@org.hibernate.envers.NotAudited
	@ManyToMany
	@JoinTable(name = "region_country", joinColumns = @JoinColumn(name = "region_id"),
			inverseJoinColumns = @JoinColumn(name = "country_code"))
	private Set<Country> countries = new LinkedHashSet<>();

	@jakarta.persistence.Version
	private long version;

	protected Region() {
	}

	/** Changes what the back office edits: code, texts, order and member countries. */
	public void edit(String code, LocalizedText name, LocalizedText summary, LocalizedText description, int position,
			java.util.Collection<Country> members) {
		if (name == null || name.isEmpty()) {
			throw new IllegalArgumentException("A region needs a name");
		}
		this.code = Slug.require(code);
		this.name = name;
		this.summary = summary;
		this.description = description;
		this.position = position;
		this.countries.clear();
		this.countries.addAll(members);
	}

	public long getVersion() {
		return version;
	}

	public Region(String code, LocalizedText name, int position) {
		this.code = Slug.require(code);
		this.name = name;
		this.position = position;
	}

	public void describe(LocalizedText summary, LocalizedText description) {
		this.summary = summary;
		this.description = description;
	}

	public void include(Country country) {
		countries.add(country);
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public LocalizedText getName() {
		return name;
	}

	public LocalizedText getSummary() {
		return summary;
	}

	public LocalizedText getDescription() {
		return description;
	}

	public int getPosition() {
		return position;
	}

	public Set<Country> getCountries() {
		return countries;
	}

	/** The region's countries sorted by their name in {@code language}. */
	public List<Country> countriesSortedFor(String language) {
		return countries.stream().sorted(Comparator.comparing((Country c) -> c.getName().textFor(language))).toList();
	}

	// Derived values for the search index (facets, sorts, keys); read by Hibernate Search only.

	@KeywordField(name = SearchFields.REGION, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "code")))
	public String getSearchRegion() {
		return code;
	}

	@KeywordField(name = SearchFields.COUNTRY, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "countries")))
	public List<String> getSearchCountries() {
		return countries.stream().map(Country::getCode).toList();
	}

}
