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
import org.liaison.taxonomy.Vocabulary;

/** The vocabulary form, as sent: key, order and name per language. */
public class VocabularyForm extends TranslatedForm {

	@NotBlank(message = "admin.validation.required")
	@Size(max = 60, message = "admin.validation.slug")
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "admin.validation.slug")
	private String code;

	@NotNull(message = "admin.validation.number")
	@Min(value = 0, message = "admin.validation.number")
	@Max(value = 100_000, message = "admin.validation.number")
	private Integer position = 0;

	private Map<String, String> name = new LinkedHashMap<>();

	static final Map<String, String> ALIASES = Map.of("nameGiven", "name", "textsShortEnough", "name",
			"languagesAccepted", "form");

	static VocabularyForm of(Vocabulary vocabulary) {
		VocabularyForm form = new VocabularyForm();
		form.code = vocabulary.getCode();
		form.position = vocabulary.getPosition();
		form.name = editable(vocabulary.getName());
		form.setVersion(vocabulary.getVersion());
		return form;
	}

	TaxonomyEditor.VocabularyDraft draft() {
		return new TaxonomyEditor.VocabularyDraft(code, localized(name), position);
	}

	@Override
	protected Map<String, Map<String, String>> texts() {
		return Map.of("name", name);
	}

	@AssertTrue(message = "admin.validation.nameRequired")
	public boolean isNameGiven() {
		return mainTextGiven();
	}

	@AssertTrue(message = "admin.validation.tooLong")
	public boolean isTextsShortEnough() {
		return fits(name, 200);
	}

	@AssertTrue(message = "admin.validation.language")
	public boolean isLanguagesAccepted() {
		return languagesValid();
	}

	Map<String, String> summaryOfFields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("admin.vocabularies.code", code);
		fields.put("admin.vocabularies.position", String.valueOf(position));
		putTexts(fields, "admin.vocabularies.");
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

	public Map<String, String> getName() {
		return name;
	}

	public void setName(Map<String, String> name) {
		this.name = name;
	}

}
