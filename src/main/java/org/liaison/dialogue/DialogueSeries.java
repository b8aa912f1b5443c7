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
import org.liaison.partner.Partner;

/** A recurring dialogue with one or more partners. */
@Entity
@SearchItem("dialogue")
public class DialogueSeries {

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

	// Derived values for the search index (facets, sorts, keys); read by Hibernate Search only.

	@KeywordField(name = SearchFields.REGION, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "partners")))
	public java.util.List<String> getSearchRegions() {
		return partners.stream().flatMap(p -> p.getRegions().stream()).map(r -> r.getCode()).distinct().toList();
	}

	@KeywordField(name = SearchFields.COUNTRY, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "partners")))
	public java.util.List<String> getSearchCountries() {
		return partners.stream().map(p -> p.getCountry()).filter(c -> c != null).map(c -> c.getCode()).distinct().toList();
	}

}
