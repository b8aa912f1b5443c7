package org.liaison.project;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
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

/** A funding programme: Horizon 2020, Horizon Europe, Global Europe… */
@Entity
@org.hibernate.envers.Audited
@SearchItem("programme")
public class Programme {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@KeywordField(name = SearchFields.KEY, projectable = Projectable.YES)
	private String slug;

	@Type(LocalizedTextType.class)
	@SearchableText(value = SearchFields.TITLE, suggest = true)
	private LocalizedText name;

	@Type(LocalizedTextType.class)
	@SearchableText(SearchFields.SUMMARY)
	private LocalizedText description = LocalizedText.empty();

	private Integer startYear;

	private Integer endYear;

	@Version
	private long version;

	protected Programme() {
	}

	public Programme(String slug, LocalizedText name, LocalizedText description, Integer startYear, Integer endYear) {
		this.slug = Slug.require(slug);
		this.name = name;
		this.description = description;
		this.startYear = startYear;
		this.endYear = endYear;
	}

	/** Changes what the back office edits. */
	public void edit(String slug, LocalizedText name, LocalizedText description, Integer startYear, Integer endYear) {
		if (name == null || name.isEmpty()) {
			throw new IllegalArgumentException("A programme needs a name in at least one language");
		}
		if (startYear != null && endYear != null && endYear < startYear) {
			throw new IllegalArgumentException("Programme " + slug + " ends (" + endYear + ") before it starts ("
					+ startYear + ")");
		}
		this.slug = Slug.require(slug);
		this.name = name;
		this.description = (description == null) ? LocalizedText.empty() : description;
		this.startYear = startYear;
		this.endYear = endYear;
	}

	public long getVersion() {
		return version;
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public LocalizedText getName() {
		return name;
	}

	public LocalizedText getDescription() {
		return description;
	}

	public Integer getStartYear() {
		return startYear;
	}

	public Integer getEndYear() {
		return endYear;
	}

	// Derived values for the search index (facets, sorts, keys); read by Hibernate Search only.

	@KeywordField(name = SearchFields.PROGRAMME, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "slug")))
	public String getSearchProgramme() {
		return slug;
	}

}
