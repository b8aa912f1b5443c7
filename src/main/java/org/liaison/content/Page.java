package org.liaison.content;

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

/** An editorial page: "Foreign policy", "Digital for development"… */
@Entity
public class Page {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	@Type(LocalizedTextType.class)
	private LocalizedText title;

	@Type(LocalizedTextType.class)
	private LocalizedText summary = LocalizedText.empty();

	@Type(LocalizedTextType.class)
	private LocalizedText body = LocalizedText.empty();

	@Enumerated(EnumType.STRING)
	private PublicationStatus status = PublicationStatus.DRAFT;

	protected Page() {
	}

	public Page(String slug, LocalizedText title, LocalizedText summary, LocalizedText body) {
		if (title == null || title.isEmpty()) {
			throw new IllegalArgumentException("A page needs a title in at least one language");
		}
		this.slug = Slug.require(slug);
		this.title = title;
		this.summary = summary;
		this.body = body;
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

	public LocalizedText getTitle() {
		return title;
	}

	public LocalizedText getSummary() {
		return summary;
	}

	public LocalizedText getBody() {
		return body;
	}

	public PublicationStatus getStatus() {
		return status;
	}

}
