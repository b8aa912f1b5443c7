package org.liaison.content.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.liaison.admin.Translatable;
import org.liaison.common.LocalizedText;
import org.liaison.content.Page;
import org.liaison.content.PageEditor;

/** The page form, as sent: one text per language for the title, summary and body. */
public class PageForm implements Translatable {

	@NotBlank(message = "admin.validation.required")
	@Size(max = 120, message = "admin.validation.slug")
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "admin.validation.slug")
	private String slug;

	private Map<String, String> title = new LinkedHashMap<>();

	private Map<String, String> summary = new LinkedHashMap<>();

	private Map<String, String> body = new LinkedHashMap<>();

	private Long version;

	static PageForm of(Page page) {
		PageForm form = new PageForm();
		form.slug = page.getSlug();
		form.title = new LinkedHashMap<>(page.getTitle().asMap());
		form.summary = new LinkedHashMap<>(page.getSummary().asMap());
		form.body = new LinkedHashMap<>(page.getBody().asMap());
		form.version = page.getVersion();
		return form;
	}

	PageEditor.Draft draft() {
		return new PageEditor.Draft(slug, LocalizedText.of(title), LocalizedText.of(summary), LocalizedText.of(body));
	}

	Map<String, String> comparable() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("admin.field.slug", slug);
		FormTexts.put(values, "admin.field.title", title);
		FormTexts.put(values, "admin.field.summary", summary);
		FormTexts.put(values, "admin.field.body", body);
		return values;
	}

	@AssertTrue(message = "admin.validation.titleRequired")
	public boolean isTitleGiven() {
		return FormTexts.given(title);
	}

	@AssertTrue(message = "admin.validation.tooLong")
	public boolean isTextsShortEnough() {
		return FormTexts.fit(title, 300) && FormTexts.fit(summary, 2_000) && FormTexts.fit(body, 100_000);
	}

	@AssertTrue(message = "admin.validation.language")
	public boolean isLanguagesValid() {
		return Stream.of(title, summary, body).allMatch(FormTexts::validLanguages);
	}

	@Override
	public String text(String field, String language) {
		return FormTexts.get(switch (field) {
			case "title" -> title;
			case "summary" -> summary;
			case "body" -> body;
			default -> throw new IllegalArgumentException(field);
		}, language);
	}

	@Override
	public boolean hasLanguage(String language) {
		return !text("title", language).isBlank();
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

	public Map<String, String> getBody() {
		return body;
	}

	public void setBody(Map<String, String> body) {
		this.body = body;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
