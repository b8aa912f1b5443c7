package org.liaison.partner;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.Type;

import org.liaison.common.LocalizedText;
import org.liaison.common.LocalizedTextType;
import org.liaison.common.Slug;

/** An agreement or instrument signed with a partner: a digital partnership, a trade and technology council… */
@Entity
public class Agreement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Partner partner;

	private String slug;

	private String kind;

	@Type(LocalizedTextType.class)
	private LocalizedText title;

	@Type(LocalizedTextType.class)
	private LocalizedText summary = LocalizedText.empty();

	private LocalDate signedOn;

	private String url;

	@jakarta.persistence.Version
	private long version;

	protected Agreement() {
	}

	/** Changes what the back office edits; the agreement stays with its partner. */
	public void edit(String slug, String kind, LocalizedText title, LocalizedText summary, LocalDate signedOn,
			String url) {
		this.slug = Slug.require(slug);
		this.kind = kind;
		this.title = title;
		this.summary = summary;
		this.signedOn = signedOn;
		this.url = url;
	}

	public long getVersion() {
		return version;
	}

	public Agreement(Partner partner, String slug, String kind, LocalizedText title, LocalizedText summary,
			LocalDate signedOn, String url) {
		this.partner = partner;
		this.slug = Slug.require(slug);
		this.kind = kind;
		this.title = title;
		this.summary = summary;
		this.signedOn = signedOn;
		this.url = url;
	}

	public Long getId() {
		return id;
	}

	public Partner getPartner() {
		return partner;
	}

	public String getSlug() {
		return slug;
	}

	public String getKind() {
		return kind;
	}

	public LocalizedText getTitle() {
		return title;
	}

	public LocalizedText getSummary() {
		return summary;
	}

	public LocalDate getSignedOn() {
		return signedOn;
	}

	public String getUrl() {
		return url;
	}

}
