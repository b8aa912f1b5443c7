package org.liaison.partner.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.liaison.admin.TranslatedForm;
import org.liaison.partner.Agreement;
import org.liaison.partner.PartnerEditor;

import org.springframework.format.annotation.DateTimeFormat;

/** The agreement form, as sent: title and summary per language, kind, date signed and link. */
public class AgreementForm extends TranslatedForm {

	@NotBlank(message = "admin.validation.required")
	@Size(max = 120, message = "admin.validation.slug")
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "admin.validation.slug")
	private String slug;

	@NotBlank(message = "admin.validation.required")
	@Size(max = 40, message = "admin.validation.tooLong")
	private String kind;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate signedOn;

	@Size(max = 500, message = "admin.validation.tooLong")
	@Pattern(regexp = "(https?://\\S+)?", message = "admin.validation.url")
	private String url;

	private Map<String, String> title = new LinkedHashMap<>();

	private Map<String, String> summary = new LinkedHashMap<>();

	static final Map<String, String> ALIASES = Map.of("titleGiven", "title", "textsShortEnough", "title",
			"languagesAccepted", "form");

	static AgreementForm of(Agreement agreement) {
		AgreementForm form = new AgreementForm();
		form.slug = agreement.getSlug();
		form.kind = agreement.getKind();
		form.signedOn = agreement.getSignedOn();
		form.url = agreement.getUrl();
		form.title = editable(agreement.getTitle());
		form.summary = editable(agreement.getSummary());
		form.setVersion(agreement.getVersion());
		return form;
	}

	PartnerEditor.AgreementDraft draft() {
		return new PartnerEditor.AgreementDraft(slug, kind.strip(), localized(title), localized(summary), signedOn, url);
	}

	@Override
	protected Map<String, Map<String, String>> texts() {
		Map<String, Map<String, String>> texts = new LinkedHashMap<>();
		texts.put("title", title);
		texts.put("summary", summary);
		return texts;
	}

	@AssertTrue(message = "admin.validation.titleRequired")
	public boolean isTitleGiven() {
		return mainTextGiven();
	}

	@AssertTrue(message = "admin.validation.tooLong")
	public boolean isTextsShortEnough() {
		return fits(title, 300) && fits(summary, 2_000);
	}

	@AssertTrue(message = "admin.validation.language")
	public boolean isLanguagesAccepted() {
		return languagesValid();
	}

	Map<String, String> summaryOfFields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("admin.field.slug", slug);
		fields.put("admin.agreements.kind", kind);
		fields.put("admin.agreements.signedOn", signedOn == null ? "" : signedOn.toString());
		fields.put("admin.agreements.url", url == null ? "" : url);
		putTexts(fields, "admin.agreements.titleField", getTitle());
		putTexts(fields, "admin.agreements.summary", getSummary());
		return fields;
	}

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = (slug == null) ? null : slug.strip();
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public LocalDate getSignedOn() {
		return signedOn;
	}

	public void setSignedOn(LocalDate signedOn) {
		this.signedOn = signedOn;
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

}
