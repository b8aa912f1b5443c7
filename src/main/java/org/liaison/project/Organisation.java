package org.liaison.project;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.liaison.geography.Country;

/** A university, company, agency or network that takes part in projects. */
@Entity
public class Organisation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String shortName;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "country_code")
	private Country country;

	private String kind;

	private String website;

	private String source;

	private String sourceId;

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

}
