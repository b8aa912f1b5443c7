package org.liaison.project.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.liaison.project.Organisation;
import org.liaison.project.OrganisationEditor;

/** The organisation form, as sent. */
public class OrganisationForm {

	@NotBlank(message = "admin.validation.required")
	@Size(max = 500, message = "admin.validation.tooLong")
	private String name;

	@Size(max = 100, message = "admin.validation.tooLong")
	private String shortName;

	@Pattern(regexp = "|[A-Z]{2}", message = "admin.validation.country")
	private String country = "";

	@Size(max = 40, message = "admin.validation.tooLong")
	private String kind;

	@Size(max = 500, message = "admin.validation.tooLong")
	@Pattern(regexp = "|https?://\\S+", message = "admin.validation.url")
	private String website;

	private Long version;

	static OrganisationForm of(Organisation organisation) {
		OrganisationForm form = new OrganisationForm();
		form.name = organisation.getName();
		form.shortName = organisation.getShortName();
		form.country = (organisation.getCountry() == null) ? "" : organisation.getCountry().getCode();
		form.kind = organisation.getKind();
		form.website = organisation.getWebsite();
		form.version = organisation.getVersion();
		return form;
	}

	OrganisationEditor.Draft draft() {
		return new OrganisationEditor.Draft(name, blankToNull(shortName), blankToNull(country),
				blankToNull(kind), blankToNull(website));
	}

	Map<String, String> comparable() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("admin.organisations.name", name);
		values.put("admin.organisations.shortName", shortName);
		values.put("admin.organisations.country", country);
		values.put("admin.organisations.kind", kind);
		values.put("admin.organisations.website", website);
		return values;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = (name == null) ? null : name.strip();
	}

	public String getShortName() {
		return shortName;
	}

	public void setShortName(String shortName) {
		this.shortName = (shortName == null) ? null : shortName.strip();
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = (country == null) ? "" : country.strip().toUpperCase(Locale.ROOT);
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = (kind == null) ? null : kind.strip();
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = (website == null) ? null : website.strip();
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
