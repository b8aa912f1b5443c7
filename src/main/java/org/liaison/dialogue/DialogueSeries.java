package org.liaison.dialogue;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.liaison.partner.Partner;

/** A recurring dialogue with one or more partners. */
@Entity
public class DialogueSeries {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	@Type(LocalizedTextType.class)
	private LocalizedText name;

	@Type(LocalizedTextType.class)
	private LocalizedText summary = LocalizedText.empty();

	@Enumerated(EnumType.STRING)
	private DialogueFormat format;

	@Enumerated(EnumType.STRING)
	private DialogueLevel level;

	private String leadUnit;

	@ManyToMany
	@JoinTable(name = "dialogue_partner", joinColumns = @JoinColumn(name = "series_id"),
			inverseJoinColumns = @JoinColumn(name = "partner_id"))
	private Set<Partner> partners = new LinkedHashSet<>();

	protected DialogueSeries() {
	}

	public DialogueSeries(String slug, LocalizedText name, DialogueFormat format, DialogueLevel level) {
		if (name == null || name.isEmpty()) {
			throw new IllegalArgumentException("A dialogue series needs a name");
		}
		this.slug = Slug.require(slug);
		this.name = name;
		this.format = format;
		this.level = level;
	}

	public void describe(LocalizedText summary, String leadUnit) {
		this.summary = summary;
		this.leadUnit = leadUnit;
	}

	public void withPartner(Partner partner) {
		partners.add(partner);
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

	public LocalizedText getSummary() {
		return summary;
	}

	public DialogueFormat getFormat() {
		return format;
	}

	public DialogueLevel getLevel() {
		return level;
	}

	public String getLeadUnit() {
		return leadUnit;
	}

	public Set<Partner> getPartners() {
		return partners;
	}

}
