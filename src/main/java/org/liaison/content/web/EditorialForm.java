package org.liaison.content.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.liaison.admin.TranslatedForm;
import org.liaison.content.EditorialEditor;
import org.liaison.content.EditorialItem;

/**
 * The back-office form of an editorial item, as {@link EditorialAdminController} handles it: the
 * slug, the title and summary in each language, the version the edit started from, and what a subclass
 * adds.
 *
 * @param <D> the draft the form makes
 */
public abstract class EditorialForm<D extends EditorialEditor.Draft> extends TranslatedForm {

	@NotBlank(message = "admin.validation.required")
	@Size(max = 120, message = "admin.validation.slug")
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "admin.validation.slug")
	private String slug;

	private Map<String, String> title = new LinkedHashMap<>();

	private Map<String, String> summary = new LinkedHashMap<>();

	/** Fills in what every editorial item has. */
	void fill(EditorialItem item) {
		this.slug = item.getSlug();
		this.title = editable(item.getTitle());
		this.summary = editable(item.getSummary());
		setVersion(item.getVersion());
	}

	/** What the editor wrote, for the editor service. */
	abstract D draft();

	/**
	 * The form's fields by label key (a translation's key followed by a space and its language), to
	 * list the differences of a conflicting save.
	 */
	Map<String, String> comparable() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("admin.field.slug", slug);
		texts().forEach((field, texts) -> putTexts(values, "admin.field." + field, texts));
		return values;
	}

	@AssertTrue(message = "admin.validation.titleRequired")
	public boolean isTitleGiven() {
		return mainTextGiven();
	}

	@AssertTrue(message = "admin.validation.language")
	public boolean isLanguagesValid() {
		return languagesValid();
	}

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = (slug == null) ? null : slug.strip();
	}

	public Map<String, String> getTitle() {
		return title;
	}

	public void setTitle(Map<String, String> title) {
		this.title = title;
	}

	public Map<String, String> getSummary() {
		return summary;
	}

	public void setSummary(Map<String, String> summary) {
		this.summary = summary;
	}

}
