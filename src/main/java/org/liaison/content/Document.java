package org.liaison.content;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.Type;

import org.liaison.common.LocalizedText;
import org.liaison.common.LocalizedTextType;
import org.liaison.common.Slug;

/** An official document: Council conclusions, a staff working document… with the passage quoted from it. */
@Entity
public class Document {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	@Enumerated(EnumType.STRING)
	private DocumentKind kind;

	@Type(LocalizedTextType.class)
	private LocalizedText title;

	@Type(LocalizedTextType.class)
	private LocalizedText summary = LocalizedText.empty();

	@Type(LocalizedTextType.class)
	private LocalizedText quote = LocalizedText.empty();

	private LocalDate issuedOn;

	private String issuer;

	private String url;

	@Enumerated(EnumType.STRING)
	private PublicationStatus status = PublicationStatus.DRAFT;

	protected Document() {
	}

	public Document(String slug, DocumentKind kind, LocalizedText title, LocalDate issuedOn, String issuer) {
		if (title == null || title.isEmpty()) {
			throw new IllegalArgumentException("A document needs a title in at least one language");
		}
		this.slug = Slug.require(slug);
		this.kind = kind;
		this.title = title;
		this.issuedOn = issuedOn;
		this.issuer = issuer;
	}

	public void describe(LocalizedText summary, LocalizedText quote, String url) {
		this.summary = summary;
		this.quote = quote;
		this.url = url;
	}

	public void moveTo(PublicationStatus status) {
		this.status = status;
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public DocumentKind getKind() {
		return kind;
	}

	public LocalizedText getTitle() {
		return title;
	}

	public LocalizedText getSummary() {
		return summary;
	}

	public LocalizedText getQuote() {
		return quote;
	}

	public LocalDate getIssuedOn() {
		return issuedOn;
	}

	public String getIssuer() {
		return issuer;
	}

	public String getUrl() {
		return url;
	}

	public PublicationStatus getStatus() {
		return status;
	}

}
