package org.liaison.project.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.liaison.admin.TranslatedForm;
import org.liaison.common.LocalizedText;
import org.liaison.project.ProgrammeEditor;
import org.liaison.project.Programme;

/** The programme form, as sent: one text per language for the name and the description. */
public class ProgrammeForm extends TranslatedForm {

	@NotBlank(message = "admin.validation.required")
	@Size(max = 120, message = "admin.validation.slug")
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "admin.validation.slug")
	private String slug;

	private Map<String, String> name = new LinkedHashMap<>();

	private Map<String, String> description = new LinkedHashMap<>();

	@Min(value = 1900, message = "admin.validation.year")
	@Max(value = 2200, message = "admin.validation.year")
	private Integer startYear;

	@Min(value = 1900, message = "admin.validation.year")
	@Max(value = 2200, message = "admin.validation.year")
	private Integer endYear;

	static ProgrammeForm of(Programme programme) {
		ProgrammeForm form = new ProgrammeForm();
		form.slug = programme.getSlug();
		form.name = new LinkedHashMap<>(programme.getName().asMap());
		form.description = new LinkedHashMap<>(programme.getDescription().asMap());
		form.startYear = programme.getStartYear();
		form.endYear = programme.getEndYear();
		form.setVersion(programme.getVersion());
		return form;
	}

	ProgrammeEditor.Draft draft() {
		return new ProgrammeEditor.Draft(slug, LocalizedText.of(name), LocalizedText.of(description), startYear, endYear);
	}

	/** Label key (with the language for a text) → value, for the conflict page. */
	Map<String, String> comparable() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("admin.field.slug", slug);
		values.put("admin.field.startYear", String.valueOf(startYear));
		values.put("admin.field.endYear", String.valueOf(endYear));
		putTexts(values, "admin.field.name", name);
		putTexts(values, "admin.field.description", description);
		return values;
	}

	@AssertTrue(message = "admin.validation.nameRequired")
	public boolean isNameGiven() {
		return mainTextGiven();
	}

	@AssertTrue(message = "admin.validation.tooLong")
	public boolean isTextsShortEnough() {
		return fits(name, 300) && fits(description, 20_000);
	}

	@AssertTrue(message = "admin.validation.language")
	public boolean isLanguagesValid() {
		return languagesValid();
	}

	@AssertTrue(message = "admin.validation.endBeforeStart")
	public boolean isYearsInOrder() {
		return startYear == null || endYear == null || endYear >= startYear;
	}

	@Override
	protected Map<String, Map<String, String>> texts() {
		Map<String, Map<String, String>> texts = new LinkedHashMap<>();
		texts.put("name", name);
		texts.put("description", description);
		return texts;
	}

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = (slug == null) ? null : slug.strip();
	}

	public Map<String, String> getName() {
		return name;
	}

	public void setName(Map<String, String> name) {
		this.name = name;
	}

	public Map<String, String> getDescription() {
		return description;
	}

	public void setDescription(Map<String, String> description) {
		this.description = description;
	}

	public Integer getStartYear() {
		return startYear;
	}

	public void setStartYear(Integer startYear) {
		this.startYear = startYear;
	}

	public Integer getEndYear() {
		return endYear;
	}

	public void setEndYear(Integer endYear) {
		this.endYear = endYear;
	}

}
