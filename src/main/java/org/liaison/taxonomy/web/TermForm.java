package org.liaison.taxonomy.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.liaison.admin.TranslatedForm;
import org.liaison.taxonomy.TaxonomyEditor;
import org.liaison.taxonomy.Term;

/** The term form, as sent: slug, order, name and description per language. */
public class TermForm extends TranslatedForm {

	@NotBlank(message = "admin.validation.required")
	@Size(max = 120, message = "admin.validation.slug")
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "admin.validation.slug")
	private String slug;

	@NotNull(message = "admin.validation.number")
	@Min(value = 0, message = "admin.validation.number")
	@Max(value = 100_000, message = "admin.validation.number")
	private Integer position = 0;

	private Map<String, String> name = new LinkedHashMap<>();

	private Map<String, String> description = new LinkedHashMap<>();

	static final Map<String, String> ALIASES = Map.of("nameGiven", "name", "textsShortEnough", "name",
			"languagesAccepted", "form");

	static TermForm of(Term term) {
		TermForm form = new TermForm();
		form.slug = term.getSlug();
		form.position = term.getPosition();
		form.name = editable(term.getName());
		form.description = editable(term.getDescription());
		form.setVersion(term.getVersion());
		return form;
	}

	TaxonomyEditor.TermDraft draft() {
		return new TaxonomyEditor.TermDraft(slug, localized(name), localized(description), position);
	}

	@Override
	protected Map<String, Map<String, String>> texts() {
		Map<String, Map<String, String>> texts = new LinkedHashMap<>();
		texts.put("name", name);
		texts.put("description", description);
		return texts;
	}

	@AssertTrue(message = "admin.validation.nameRequired")
	public boolean isNameGiven() {
		return mainTextGiven();
	}

	@AssertTrue(message = "admin.validation.tooLong")
	public boolean isTextsShortEnough() {
		return fits(name, 200) && fits(description, 5_000);
	}

	@AssertTrue(message = "admin.validation.language")
	public boolean isLanguagesAccepted() {
		return languagesValid();
	}

	Map<String, String> summaryOfFields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("admin.field.slug", slug);
		fields.put("admin.terms.position", String.valueOf(position));
		putTexts(fields, "admin.terms.");
		return fields;
	}

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = (slug == null) ? null : slug.strip();
	}

	public Integer getPosition() {
		return position;
	}

	public void setPosition(Integer position) {
		this.position = position;
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

}
