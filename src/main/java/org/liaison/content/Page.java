package org.liaison.content;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.annotations.Type;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import org.liaison.common.LocalizedText;
import org.liaison.common.LocalizedTextType;
import org.liaison.common.Slug;
import org.liaison.common.search.Publishable;
import org.liaison.common.search.SearchFields;
import org.liaison.common.search.SearchItem;
import org.liaison.common.search.SearchableText;
import org.liaison.common.PublicationStatus;
import org.liaison.common.PublicationSchedule;

/** An editorial page: "Foreign policy", "Digital for development"… */
@Entity
@Audited
@SearchItem(value = "page", publishedOnly = true)
public class Page implements Publishable, EditorialItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@KeywordField(name = SearchFields.KEY, projectable = Projectable.YES)
	private String slug;

	@Type(LocalizedTextType.class)
	@SearchableText(value = SearchFields.TITLE, suggest = true)
	private LocalizedText title;

	@Type(LocalizedTextType.class)
	@SearchableText(SearchFields.SUMMARY)
	private LocalizedText summary = LocalizedText.empty();

	@Type(LocalizedTextType.class)
	@SearchableText(SearchFields.BODY)
	private LocalizedText body = LocalizedText.empty();

	@Enumerated(EnumType.STRING)
	private PublicationStatus status = PublicationStatus.DRAFT;

	@jakarta.persistence.Embedded
	private PublicationSchedule schedule = new PublicationSchedule();

	@jakarta.persistence.Embedded
	private Illustration illustration = new Illustration();

	@Version
	private long version;

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

	/** Changes what the back office edits; the status moves through {@link #moveTo} only. */
	public void edit(String slug, LocalizedText title, LocalizedText summary, LocalizedText body) {
		if (title == null || title.isEmpty()) {
			throw new IllegalArgumentException("A page needs a title in at least one language");
		}
		this.slug = Slug.require(slug);
		this.title = title;
		this.summary = (summary == null) ? LocalizedText.empty() : summary;
		this.body = (body == null) ? LocalizedText.empty() : body;
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

	/** Shows a stored image with the page; it needs an alt text in at least one language. */
	public void illustrate(org.liaison.media.StoredImage image, LocalizedText alt) {
		illustration().show(image, alt);
	}

	/** A new alt text for the image the page has. */
	public void describeImage(LocalizedText alt) {
		illustration().describe("Page " + slug, alt);
	}

	public void removeImage() {
		illustration().clear();
	}

	/** The page's image, or null. */
	public org.liaison.media.Picture getImage() {
		return illustration().picture();
	}

	private Illustration illustration() {
		if (illustration == null) {
			illustration = new Illustration();
		}
		return illustration;
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

	public LocalizedText getTitle() {
		return title;
	}

	public LocalizedText getSummary() {
		return summary;
	}

	public LocalizedText getBody() {
		return body;
	}

	@Override
	public java.util.stream.Stream<LocalizedText> texts() {
		return java.util.stream.Stream.of(title, summary, body);
	}

	public PublicationStatus getStatus() {
		return status;
	}

	@Override
	public boolean isPublic() {
		return status == PublicationStatus.PUBLISHED;
	}

}
