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

import org.liaison.common.LocalizedText;
import org.liaison.common.LocalizedTextType;
import org.liaison.common.Slug;

/** A policy region: a geographical area that activities are grouped by, with its countries. */
@Entity
public class Region {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	@Type(LocalizedTextType.class)
	private LocalizedText name;

	@Type(LocalizedTextType.class)
	private LocalizedText summary = LocalizedText.empty();

	@Type(LocalizedTextType.class)
	private LocalizedText description = LocalizedText.empty();

	private int position;

	@ManyToMany
	@JoinTable(name = "region_country", joinColumns = @JoinColumn(name = "region_id"),
			inverseJoinColumns = @JoinColumn(name = "country_code"))
	private Set<Country> countries = new LinkedHashSet<>();

	protected Region() {
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

}
