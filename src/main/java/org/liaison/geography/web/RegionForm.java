package org.liaison.geography.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.liaison.admin.TranslatedForm;
import org.liaison.geography.Country;
import org.liaison.geography.Region;
import org.liaison.geography.RegionEditor;

/** The policy region form, as sent: code, order, member countries, name/summary/description per language. */
public class RegionForm extends TranslatedForm {

	@NotBlank(message = "admin.validation.required")
	@Size(max = 120, message = "admin.validation.slug")
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "admin.validation.slug")
	private String code;

	@NotNull(message = "admin.validation.number")
	@Min(value = 0, message = "admin.validation.number")
	@Max(value = 100_000, message = "admin.validation.number")
	private Integer position = 0;

	private List<String> countries = new ArrayList<>();

	private Map<String, String> name = new LinkedHashMap<>();

	private Map<String, String> summary = new LinkedHashMap<>();

	private Map<String, String> description = new LinkedHashMap<>();

	static final Map<String, String> ALIASES = Map.of("nameGiven", "name", "textsShortEnough", "name",
			"languagesAccepted", "form");

	static RegionForm of(Region region) {
		RegionForm form = new RegionForm();
		form.code = region.getCode();
		form.position = region.getPosition();
		form.countries = new ArrayList<>(region.getCountries().stream().map(Country::getCode).sorted().toList());
		form.name = editable(region.getName());
		form.summary = editable(region.getSummary());
		form.description = editable(region.getDescription());
		form.setVersion(region.getVersion());
		return form;
	}

	RegionEditor.Draft draft() {
		return new RegionEditor.Draft(code, localized(name), localized(summary), localized(description), position,
				countries.stream().distinct().toList());
	}

	@Override
	protected Map<String, Map<String, String>> texts() {
		Map<String, Map<String, String>> texts = new LinkedHashMap<>();
		texts.put("name", name);
		texts.put("summary", summary);
		texts.put("description", description);
		return texts;
	}

	@AssertTrue(message = "admin.validation.nameRequired")
	public boolean isNameGiven() {
		return mainTextGiven();
	}

	@AssertTrue(message = "admin.validation.tooLong")
	public boolean isTextsShortEnough() {
		return fits(name, 200) && fits(summary, 1_000) && fits(description, 20_000);
	}

	@AssertTrue(message = "admin.validation.language")
	public boolean isLanguagesAccepted() {
		return languagesValid();
	}

	Map<String, String> summaryOfFields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("admin.regions.code", code);
		fields.put("admin.regions.position", String.valueOf(position));
		fields.put("admin.regions.countries", String.join(", ", countries.stream().sorted().toList()));
		putTexts(fields, "admin.regions.");
		return fields;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = (code == null) ? null : code.strip();
	}

	public Integer getPosition() {
		return position;
	}

	public void setPosition(Integer position) {
		this.position = position;
	}

	public List<String> getCountries() {
		return countries;
	}

	public void setCountries(List<String> countries) {
		this.countries = (countries == null) ? new ArrayList<>() : countries;
	}

	public Map<String, String> getName() {
		return name;
	}

	public void setName(Map<String, String> name) {
		this.name = name;
	}

	public Map<String, String> getSummary() {
		return summary;
	}

	public void setSummary(Map<String, String> summary) {
		this.summary = summary;
	}

	public Map<String, String> getDescription() {
		return description;
	}

	public void setDescription(Map<String, String> description) {
		this.description = description;
	}

}
