package org.liaison.geography;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
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
import org.liaison.common.search.SearchFields;
import org.liaison.common.search.SearchItem;
import org.liaison.common.search.SearchableText;

/** A country or territory of ISO 3166-1, placed in the UN M49 regions. */
@Entity
@SearchItem("country")
public class Country {

	@Id
	@KeywordField(name = SearchFields.KEY, projectable = Projectable.YES)
	private String code;

	private String alpha3;

	private String numericCode;

	@Type(LocalizedTextType.class)
	@SearchableText(value = SearchFields.TITLE, suggest = true)
	private LocalizedText name;

	@Column(name = "m49_region_code")
	private String m49RegionCode;

	@Column(name = "m49_region")
	private String m49Region;

	@Column(name = "m49_sub_region_code")
	private String m49SubRegionCode;

	@Column(name = "m49_sub_region")
	private String m49SubRegion;

	@Column(name = "m49_intermediate_code")
	private String m49IntermediateCode;

	@Column(name = "m49_intermediate_region")
	private String m49IntermediateRegion;

	@ManyToMany(mappedBy = "countries")
	private Set<Region> regions = new LinkedHashSet<>();

	protected Country() {
	}

	public Country(String code, String alpha3, String numericCode, LocalizedText name) {
		this.code = code;
		this.alpha3 = alpha3;
		this.numericCode = numericCode;
		this.name = name;
	}

	void placeInM49(String regionCode, String region, String subRegionCode, String subRegion, String intermediateCode,
			String intermediateRegion) {
		this.m49RegionCode = regionCode;
		this.m49Region = region;
		this.m49SubRegionCode = subRegionCode;
		this.m49SubRegion = subRegion;
		this.m49IntermediateCode = intermediateCode;
		this.m49IntermediateRegion = intermediateRegion;
	}

	void rename(LocalizedText name) {
		this.name = name;
	}

	public String getCode() {
		return code;
	}

	/** Lower-case code, as used in URLs: {@code /en/countries/ke}. */
	public String getUrlCode() {
		return code.toLowerCase(java.util.Locale.ROOT);
	}

	public String getAlpha3() {
		return alpha3;
	}

	public String getNumericCode() {
		return numericCode;
	}

	public LocalizedText getName() {
		return name;
	}

	public String getM49RegionCode() {
		return m49RegionCode;
	}

	public String getM49Region() {
		return m49Region;
	}

	public String getM49SubRegionCode() {
		return m49SubRegionCode;
	}

	public String getM49SubRegion() {
		return m49SubRegion;
	}

	public String getM49IntermediateCode() {
		return m49IntermediateCode;
	}

	public String getM49IntermediateRegion() {
		return m49IntermediateRegion;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Country that && code.equals(that.code);
	}

	@Override
	public int hashCode() {
		return code.hashCode();
	}

	/** The policy regions this country is placed in (the regions own the link). */
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
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "code")))
	public String getSearchCountry() {
		return code;
	}

}
