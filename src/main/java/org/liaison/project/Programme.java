package org.liaison.project;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.Type;

import org.liaison.common.LocalizedText;
import org.liaison.common.LocalizedTextType;
import org.liaison.common.Slug;

/** A funding programme: Horizon 2020, Horizon Europe, Global Europe… */
@Entity
public class Programme {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	@Type(LocalizedTextType.class)
	private LocalizedText name;

	@Type(LocalizedTextType.class)
	private LocalizedText description = LocalizedText.empty();

	private Integer startYear;

	private Integer endYear;

	protected Programme() {
	}

	public Programme(String slug, LocalizedText name, LocalizedText description, Integer startYear, Integer endYear) {
		this.slug = Slug.require(slug);
		this.name = name;
		this.description = description;
		this.startYear = startYear;
		this.endYear = endYear;
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

}
