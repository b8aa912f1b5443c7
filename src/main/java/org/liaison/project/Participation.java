package org.liaison.project;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
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
import jakarta.persistence.ManyToOne;

import org.liaison.common.Money;
import org.liaison.geography.Country;

/** An organisation's part in a project, and what it receives for it. */
@Entity
public class Participation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Project project;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Organisation organisation;

	@Enumerated(EnumType.STRING)
	private ParticipationRole role;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "country_code")
	private Country country;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "amount", column = @Column(name = "contribution")),
			@AttributeOverride(name = "currency", column = @Column(name = "contribution_currency")) })
	private Money contribution;

	protected Participation() {
	}

	Participation(Project project, Organisation organisation, ParticipationRole role, Country country,
			Money contribution) {
		this.project = project;
		this.organisation = organisation;
		this.role = role;
		this.country = country;
		this.contribution = contribution;
	}

	public Long getId() {
		return id;
	}

	public Project getProject() {
		return project;
	}

	public Organisation getOrganisation() {
		return organisation;
	}

	public ParticipationRole getRole() {
		return role;
	}

	public Country getCountry() {
		return country;
	}

	public Money getContribution() {
		return contribution;
	}

}
