package org.liaison.project;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

import org.liaison.common.search.SearchFields;
import org.liaison.common.search.SearchItem;
import org.liaison.common.search.SearchableText;
import org.liaison.geography.Country;

/** A university, company, agency or network that takes part in projects. */
@Entity
@org.hibernate.envers.Audited
@SearchItem("organisation")
public class Organisation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@SearchableText(value = SearchFields.TITLE, suggest = true)
	private String name;

	@SearchableText(value = SearchFields.LABEL, suggest = true)
	private String shortName;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "country_code")
	@org.hibernate.envers.Audited(targetAuditMode = org.hibernate.envers.RelationTargetAuditMode.NOT_AUDITED)
	private Country country;

	private String kind;

	private String website;

	private String source;

	private String sourceId;

	@Version
	private long version;

	protected Organisation() {
	}

	public Organisation(String name, String shortName, Country country, String kind, String website) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("An organisation needs a name");
		}
		this.name = name.strip();
		this.shortName = shortName;
		this.country = country;
		this.kind = kind;
		this.website = website;
	}

	/** Changes what the back office edits. */
	public void edit(String name, String shortName, Country country, String kind, String website) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("An organisation needs a name");
		}
		this.name = name.strip();
		this.shortName = shortName;
		this.country = country;
		this.kind = kind;
		this.website = website;
	}

	public long getVersion() {
		return version;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getShortName() {
		return shortName;
	}

	public Country getCountry() {
		return country;
	}

	public String getKind() {
		return kind;
	}

	public String getWebsite() {
		return website;
	}

	public String getSource() {
		return source;
	}

	public String getSourceId() {
		return sourceId;
	}

	// Derived values for the search index (facets, sorts, keys); read by Hibernate Search only.

	@KeywordField(name = SearchFields.COUNTRY, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "country")))
	public String getSearchCountry() {
		return (country == null) ? null : country.getCode();
	}

}
