package org.liaison.content.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.liaison.content.Document;
import org.liaison.content.DocumentEditor;
import org.liaison.content.DocumentKind;

import org.springframework.format.annotation.DateTimeFormat;

/** The document form, as sent: kind, date, issuer, file link, and one text per language for each text. */
public class DocumentForm extends EditorialForm<DocumentEditor.Draft> {

	@NotNull(message = "admin.validation.required")
	private DocumentKind kind;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate issuedOn;

	@Size(max = 200, message = "admin.validation.tooLong")
	private String issuer;

	@Size(max = 500, message = "admin.validation.tooLong")
	@Pattern(regexp = "|https?://\\S+", message = "admin.validation.url")
	private String url;

	private Map<String, String> quote = new LinkedHashMap<>();

	static DocumentForm of(Document document) {
		DocumentForm form = new DocumentForm();
		form.fill(document);
		form.kind = document.getKind();
		form.issuedOn = document.getIssuedOn();
		form.issuer = document.getIssuer();
		form.url = document.getUrl();
		form.quote = editable(document.getQuote());
		return form;
	}

	@Override
	DocumentEditor.Draft draft() {
		return new DocumentEditor.Draft(getSlug(), kind, localized(getTitle()), localized(getSummary()), localized(quote),
				issuedOn, blankToNull(issuer), blankToNull(url));
	}

	@Override
	Map<String, String> comparable() {
		Map<String, String> values = super.comparable();
		values.put("admin.field.kind", String.valueOf(kind));
		values.put("admin.field.issuedOn", String.valueOf(issuedOn));
		values.put("admin.field.issuer", issuer);
		values.put("admin.field.url", url);
		return values;
	}

	@Override
	protected Map<String, Map<String, String>> texts() {
		Map<String, Map<String, String>> texts = new LinkedHashMap<>();
		texts.put("title", getTitle());
		texts.put("summary", getSummary());
		texts.put("quote", quote);
		return texts;
	}

	@AssertTrue(message = "admin.validation.tooLong")
	public boolean isTextsShortEnough() {
		return fits(getTitle(), 500) && fits(getSummary(), 5_000) && fits(quote, 20_000);
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

	public Map<String, String> getQuote() {
		return quote;
	}

	public void setQuote(Map<String, String> quote) {
		this.quote = quote;
	}

}
