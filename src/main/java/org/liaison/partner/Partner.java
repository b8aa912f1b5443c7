package org.liaison.partner;

import java.util.LinkedHashSet;
import java.util.Set;

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
import org.hibernate.annotations.Type;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

import org.liaison.common.LocalizedText;
import org.liaison.common.LocalizedTextType;
import org.liaison.common.Publication;
import org.liaison.common.PublicProfile;
import org.liaison.common.Slug;
import org.liaison.common.search.SearchFields;
import org.liaison.common.search.SearchItem;
import org.liaison.common.search.SearchableText;
import org.liaison.geography.Country;
import org.liaison.geography.Region;

/** A country or organisation the EU cooperates with. */
@Entity
@org.hibernate.envers.Audited
@SearchItem(value = "partner", publishedOnly = true, visibility = "publication.status",
		publicWhere = "e.publication.status = PUBLISHED")
public class Partner implements PublicProfile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@KeywordField(name = SearchFields.KEY, projectable = Projectable.YES)
	private String slug;

	@Enumerated(EnumType.STRING)
	private PartnerKind kind;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "country_code")
	@org.hibernate.envers.Audited(targetAuditMode = org.hibernate.envers.RelationTargetAuditMode.NOT_AUDITED)
	private Country country;

	@Type(LocalizedTextType.class)
	@SearchableText(value = SearchFields.TITLE, suggest = true)
	private LocalizedText name;

	@Type(LocalizedTextType.class)
	@SearchableText(SearchFields.SUMMARY)
	private LocalizedText summary = LocalizedText.empty();

	@Type(LocalizedTextType.class)
	@SearchableText(SearchFields.BODY)
	private LocalizedText description = LocalizedText.empty();

	private boolean strategic;

	private String website;

	// the regions an organisation partner is placed in are not in its history: a restore keeps them
	@org.hibernate.envers.NotAudited
	@ManyToMany
	@JoinTable(name = "partner_region", joinColumns = @JoinColumn(name = "partner_id"),
			inverseJoinColumns = @JoinColumn(name = "region_id"))
	private Set<Region> regions = new LinkedHashSet<>();

	@jakarta.persistence.Embedded
	private Publication publication = Publication.published();

	@jakarta.persistence.Version
	private long version;

	protected Partner() {
	}

	private Partner(String slug, PartnerKind kind, Country country, LocalizedText name) {
		if (name == null || name.isEmpty()) {
			throw new IllegalArgumentException("A partner needs a name");
		}
		this.slug = Slug.require(slug);
		this.kind = kind;
		this.country = country;
		this.name = name;
	}

	/** A country partner, named as CLDR names the country. */
	public static Partner country(String slug, Country country) {
		return new Partner(slug, PartnerKind.COUNTRY, country, country.getName());
	}

	public static Partner organisation(String slug, LocalizedText name) {
		return new Partner(slug, PartnerKind.ORGANISATION, null, name);
	}

	public void describe(LocalizedText summary, String website) {
		this.summary = summary;
		this.website = website;
	}

	public void markStrategic(boolean strategic) {
		this.strategic = strategic;
	}

	public void placeIn(Region region) {
		regions.add(region);
	}

	/**
	 * Changes everything the back office edits. A country partner keeps a country; an organisation has
	 * none. An empty name is refused.
	 */
	public void edit(String slug, PartnerKind kind, Country country, LocalizedText name, LocalizedText summary,
			LocalizedText description, boolean strategic, String website, java.util.Collection<Region> regions) {
		if (name == null || name.isEmpty()) {
			throw new IllegalArgumentException("A partner needs a name");
		}
		if ((kind == PartnerKind.COUNTRY) != (country != null)) {
			throw new IllegalArgumentException("A country partner needs a country, and only a country partner has one");
		}
		this.slug = Slug.require(slug);
		this.kind = kind;
		this.country = country;
		this.name = name;
		this.summary = summary;
		this.description = description;
		this.strategic = strategic;
		this.website = website;
		this.regions.clear();
		this.regions.addAll(regions);
	}

	/** A partner the back office creates is a draft until an editor publishes its profile. */
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

	public PartnerKind getKind() {
		return kind;
	}

	public Country getCountry() {
		return country;
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

	@Override
	public long getVersion() {
		return version;
	}

	public boolean isStrategic() {
		return strategic;
	}

	public String getWebsite() {
		return website;
	}

	public Set<Region> getRegions() {
		return regions;
	}

	// Derived values for the search index (facets, sorts, keys); read by Hibernate Search only.

	@KeywordField(name = SearchFields.REGION, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "regions")))
	public java.util.List<String> getSearchRegions() {
		return regions.stream().map(Region::getCode).toList();
	}

	@KeywordField(name = SearchFields.COUNTRY, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "country")))
	public String getSearchCountry() {
		return (country == null) ? null : country.getCode();
	}

}
