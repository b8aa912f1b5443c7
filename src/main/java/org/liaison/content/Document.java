package org.liaison.content;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.annotations.Type;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

import org.liaison.common.LocalizedText;
import org.liaison.common.LocalizedTextType;
import org.liaison.common.Slug;
import org.liaison.common.search.Publishable;
import org.liaison.common.search.SearchFields;
import org.liaison.common.search.SearchItem;
import org.liaison.common.search.SearchableText;
import org.liaison.common.PublicationStatus;
import org.liaison.common.PublicationSchedule;

/** An official document: Council conclusions, a staff working document… with the passage quoted from it. */
@Entity
@Audited
@SearchItem(value = "document", publishedOnly = true)
public class Document implements Publishable, EditorialItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@KeywordField(name = SearchFields.KEY, projectable = Projectable.YES)
	private String slug;

	@Enumerated(EnumType.STRING)
	private DocumentKind kind;

	@Type(LocalizedTextType.class)
	@SearchableText(value = SearchFields.TITLE, suggest = true)
	private LocalizedText title;

	@Type(LocalizedTextType.class)
	@SearchableText(SearchFields.SUMMARY)
	private LocalizedText summary = LocalizedText.empty();

	@Type(LocalizedTextType.class)
	@SearchableText(SearchFields.BODY)
	private LocalizedText quote = LocalizedText.empty();

	@GenericField(name = SearchFields.DATE, sortable = Sortable.YES, projectable = Projectable.YES)
	private LocalDate issuedOn;

	private String issuer;

	private String url;

	@Enumerated(EnumType.STRING)
	private PublicationStatus status = PublicationStatus.DRAFT;

	@jakarta.persistence.Embedded
	private PublicationSchedule schedule = new PublicationSchedule();

	@Version
	private long version;

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

	/** Changes what the back office edits; the status moves through {@link #moveTo} only. */
	public void edit(String slug, DocumentKind kind, LocalizedText title, LocalDate issuedOn, String issuer) {
		if (title == null || title.isEmpty()) {
			throw new IllegalArgumentException("A document needs a title in at least one language");
		}
		this.slug = Slug.require(slug);
		this.kind = kind;
		this.title = title;
		this.issuedOn = issuedOn;
		this.issuer = issuer;
	}

	public long getVersion() {
		return version;
	}

	/** Moves the item along the workflow by hand; a schedule it had no longer applies. */
	public void moveTo(PublicationStatus status) {
		this.status = status;
		unschedule();
	}

	@Override
	public void schedule(java.time.Instant at, java.time.ZoneId zone) {
		if (!status.canMoveTo(PublicationStatus.PUBLISHED)) {
			throw new IllegalStateException("A " + getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT)
					+ " in status " + status + " cannot be scheduled for publication");
		}
		schedule().set(at, zone);
	}

	@Override
	public void unschedule() {
		schedule().clear();
	}

	@Override
	public void publishAsScheduled() {
		this.status = PublicationStatus.PUBLISHED;
		unschedule();
	}

	@Override
	public java.time.ZonedDateTime getScheduledFor() {
		return schedule().at();
	}

	/** Hibernate leaves an embedded value null when all its columns are. */
	private PublicationSchedule schedule() {
		if (schedule == null) {
			schedule = new PublicationSchedule();
		}
		return schedule;
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

	@Override
	public java.util.stream.Stream<LocalizedText> texts() {
		return java.util.stream.Stream.of(title, summary, quote);
	}

	public PublicationStatus getStatus() {
		return status;
	}

	@Override
	public boolean isPublic() {
		return status == PublicationStatus.PUBLISHED;
	}

	// Derived values for the search index (facets, sorts, keys); read by Hibernate Search only.

	@GenericField(name = SearchFields.YEAR, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "issuedOn")))
	public Integer getSearchYear() {
		return (issuedOn == null) ? null : issuedOn.getYear();
	}

}
