package org.liaison.content.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.liaison.common.LocalizedText;
import org.liaison.content.NewsEditor;
import org.liaison.content.NewsItem;

import org.springframework.format.annotation.DateTimeFormat;

/** The news editing form, as sent: one text per language for each translatable field. */
public class NewsForm {

	static final int TITLE_LENGTH = 300;

	static final int TEASER_LENGTH = 1_000;

	static final int BODY_LENGTH = 100_000;

	@NotBlank(message = "admin.validation.required")
	@Size(max = 120, message = "admin.validation.slug")
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "admin.validation.slug")
	private String slug;

	private Map<String, String> title = new LinkedHashMap<>();

	private Map<String, String> teaser = new LinkedHashMap<>();

	private Map<String, String> body = new LinkedHashMap<>();

	@NotNull(message = "admin.validation.date")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate publishedOn;

	private Long version;

	static NewsForm of(NewsItem item) {
		NewsForm form = new NewsForm();
		form.slug = item.getSlug();
		form.title = new LinkedHashMap<>(item.getTitle().asMap());
		form.teaser = new LinkedHashMap<>(item.getTeaser().asMap());
		form.body = new LinkedHashMap<>(item.getBody().asMap());
		form.publishedOn = item.getPublishedOn();
		form.version = item.getVersion();
		return form;
	}

	NewsEditor.Draft draft() {
		return new NewsEditor.Draft(slug, LocalizedText.of(title), LocalizedText.of(teaser), LocalizedText.of(body),
				publishedOn);
	}

	@AssertTrue(message = "admin.validation.titleRequired")
	public boolean isTitleGiven() {
		return title.values().stream().anyMatch(t -> t != null && !t.isBlank());
	}

	@AssertTrue(message = "admin.validation.tooLong")
	public boolean isTitleShortEnough() {
		return fits(title, TITLE_LENGTH);
	}

	@AssertTrue(message = "admin.validation.tooLong")
	public boolean isTeaserShortEnough() {
		return fits(teaser, TEASER_LENGTH);
	}

	@AssertTrue(message = "admin.validation.tooLong")
	public boolean isBodyShortEnough() {
		return fits(body, BODY_LENGTH);
	}

	@AssertTrue(message = "admin.validation.language")
	public boolean isLanguagesValid() {
		return java.util.stream.Stream.of(title, teaser, body)
			.flatMap(m -> m.keySet().stream())
			.allMatch(tag -> tag != null && tag.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*"));
	}

	private static boolean fits(Map<String, String> texts, int length) {
		return texts.values().stream().allMatch(t -> t == null || t.length() <= length);
	}

	/** The text of a field in a language, or empty. */
	public String text(String field, String language) {
		Map<String, String> texts = switch (field) {
			case "title" -> title;
			case "teaser" -> teaser;
			case "body" -> body;
			default -> throw new IllegalArgumentException(field);
		};
		String text = texts.get(language);
		return (text == null) ? "" : text;
	}

	/** Whether a language has a title yet. */
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

	public Map<String, String> getTeaser() {
		return teaser;
	}

	public void setTeaser(Map<String, String> teaser) {
		this.teaser = teaser;
	}

	public Map<String, String> getBody() {
		return body;
	}

	public void setBody(Map<String, String> body) {
		this.body = body;
	}

	public LocalDate getPublishedOn() {
		return publishedOn;
	}

	public void setPublishedOn(LocalDate publishedOn) {
		this.publishedOn = publishedOn;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
