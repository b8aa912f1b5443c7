package org.liaison.content.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.liaison.admin.Translatable;
import org.liaison.common.LocalizedText;
import org.liaison.content.Document;
import org.liaison.content.DocumentEditor;
import org.liaison.content.DocumentKind;

import org.springframework.format.annotation.DateTimeFormat;

/** The document form, as sent: kind, date, issuer, file link, and one text per language for each text. */
public class DocumentForm implements Translatable {

	@NotBlank(message = "admin.validation.required")
	@Size(max = 120, message = "admin.validation.slug")
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "admin.validation.slug")
	private String slug;

	@NotNull(message = "admin.validation.required")
	private DocumentKind kind;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate issuedOn;

	@Size(max = 200, message = "admin.validation.tooLong")
	private String issuer;

	@Size(max = 500, message = "admin.validation.tooLong")
	@Pattern(regexp = "|https?://\\S+", message = "admin.validation.url")
	private String url;

	private Map<String, String> title = new LinkedHashMap<>();

	private Map<String, String> summary = new LinkedHashMap<>();

	private Map<String, String> quote = new LinkedHashMap<>();

	private Long version;

	static DocumentForm of(Document document) {
		DocumentForm form = new DocumentForm();
		form.slug = document.getSlug();
		form.kind = document.getKind();
		form.issuedOn = document.getIssuedOn();
		form.issuer = document.getIssuer();
		form.url = document.getUrl();
		form.title = new LinkedHashMap<>(document.getTitle().asMap());
		form.summary = new LinkedHashMap<>(document.getSummary().asMap());
		form.quote = new LinkedHashMap<>(document.getQuote().asMap());
		form.version = document.getVersion();
		return form;
	}

	DocumentEditor.Draft draft() {
		return new DocumentEditor.Draft(slug, kind, LocalizedText.of(title), LocalizedText.of(summary),
				LocalizedText.of(quote), issuedOn, FormTexts.blankToNull(issuer), FormTexts.blankToNull(url));
	}

	Map<String, String> comparable() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("admin.field.slug", slug);
		values.put("admin.field.kind", String.valueOf(kind));
		values.put("admin.field.issuedOn", String.valueOf(issuedOn));
		values.put("admin.field.issuer", issuer);
		values.put("admin.field.url", url);
		FormTexts.put(values, "admin.field.title", title);
		FormTexts.put(values, "admin.field.summary", summary);
		FormTexts.put(values, "admin.field.quote", quote);
		return values;
	}

	@AssertTrue(message = "admin.validation.titleRequired")
	public boolean isTitleGiven() {
		return FormTexts.given(title);
	}

	@AssertTrue(message = "admin.validation.tooLong")
	public boolean isTextsShortEnough() {
		return FormTexts.fit(title, 500) && FormTexts.fit(summary, 5_000) && FormTexts.fit(quote, 20_000);
	}

	@AssertTrue(message = "admin.validation.language")
	public boolean isLanguagesValid() {
		return Stream.of(title, summary, quote).allMatch(FormTexts::validLanguages);
	}

	@Override
	public String text(String field, String language) {
		return FormTexts.get(switch (field) {
			case "title" -> title;
			case "summary" -> summary;
			case "quote" -> quote;
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

	public DocumentKind getKind() {
		return kind;
	}

	public void setKind(DocumentKind kind) {
		this.kind = kind;
	}

	public LocalDate getIssuedOn() {
		return issuedOn;
	}

	public void setIssuedOn(LocalDate issuedOn) {
		this.issuedOn = issuedOn;
	}

	public String getIssuer() {
		return issuer;
	}

	public void setIssuer(String issuer) {
		this.issuer = issuer;
	}

	public String getUrl() {
		return url;
	}

	public void setUrl(String url) {
		this.url = (url == null) ? null : url.strip();
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

	public Map<String, String> getQuote() {
		return quote;
	}

	public void setQuote(Map<String, String> quote) {
		this.quote = quote;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
