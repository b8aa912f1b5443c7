package org.liaison.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Type;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
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
import org.liaison.partner.Partner;
import org.liaison.taxonomy.Term;
import org.liaison.taxonomy.Vocabulary;
import org.liaison.common.PublicationStatus;
import org.liaison.common.Schedulable;
import org.liaison.common.PublicationSchedule;
import org.liaison.common.Schedules;

/** A news item, possibly in one language only (the EU–Australia item exists in Hungarian). */
@Entity
@Audited
@SearchItem(value = "news", publishedOnly = true)
@Table(name = "news_item")
public class NewsItem implements Publishable, Schedulable {

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
	private LocalizedText teaser = LocalizedText.empty();

	@Type(LocalizedTextType.class)
	@SearchableText(SearchFields.BODY)
	private LocalizedText body = LocalizedText.empty();

	@GenericField(name = SearchFields.DATE, sortable = Sortable.YES, projectable = Projectable.YES)
	private LocalDate publishedOn;

	@Enumerated(EnumType.STRING)
	private PublicationStatus status = PublicationStatus.DRAFT;

	@jakarta.persistence.Embedded
	private Illustration illustration = new Illustration();

	/** When the scheduler makes this item public; only ever set while the item waits in review. */
	@jakarta.persistence.Embedded
	private PublicationSchedule schedule = new PublicationSchedule();

	@Version
	private long version;

	@NotAudited
	@ManyToMany
	@JoinTable(name = "news_item_partner", joinColumns = @JoinColumn(name = "news_item_id"),
			inverseJoinColumns = @JoinColumn(name = "partner_id"))
	private Set<Partner> partners = new LinkedHashSet<>();

	@NotAudited
	@ManyToMany
	@JoinTable(name = "news_item_term", joinColumns = @JoinColumn(name = "news_item_id"),
			inverseJoinColumns = @JoinColumn(name = "term_id"))
	private Set<Term> terms = new LinkedHashSet<>();

	protected NewsItem() {
	}

	public NewsItem(String slug, LocalizedText title, LocalizedText teaser, LocalizedText body, LocalDate publishedOn) {
		if (title == null || title.isEmpty()) {
			throw new IllegalArgumentException("A news item needs a title in at least one language");
		}
		if (publishedOn == null) {
			throw new IllegalArgumentException("A news item needs a date");
		}
		this.slug = Slug.require(slug);
		this.title = title;
		this.teaser = teaser;
		this.body = body;
		this.publishedOn = publishedOn;
	}

	/** New texts and date; the slug is the item's address and changes only with care. */
	public void edit(String slug, LocalizedText title, LocalizedText teaser, LocalizedText body, LocalDate publishedOn) {
		if (title == null || title.isEmpty()) {
			throw new IllegalArgumentException("A news item needs a title in at least one language");
		}
		if (publishedOn == null) {
			throw new IllegalArgumentException("A news item needs a date");
		}
		this.slug = Slug.require(slug);
		this.title = title;
		this.teaser = (teaser == null) ? LocalizedText.empty() : teaser;
		this.body = (body == null) ? LocalizedText.empty() : body;
		this.publishedOn = publishedOn;
	}

	/** Moves the item along the workflow by hand; a schedule it had no longer applies. */
	public void moveTo(PublicationStatus status) {
		this.status = status;
		unschedule();
	}

	/** Schedules publication at {@code at}, entered in {@code zone}; only an item that may be published next. */
	@Override
	public void schedule(Instant at, ZoneId zone) {
		if (!status.canMoveTo(PublicationStatus.PUBLISHED)) {
			throw new IllegalStateException("A news item in status " + status + " cannot be scheduled for publication");
		}
		schedule().set(at, zone);
	}

	@Override
	public void unschedule() {
		schedule().clear();
	}

	/** The scheduler's step: public from now on. */
	@Override
	public void publishAsScheduled() {
		this.status = PublicationStatus.PUBLISHED;
		unschedule();
	}

	/** When the item is scheduled to be published, in the zone it was scheduled in; null when it is not. */
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

	/** Shows a stored image with the item; it needs an alt text in at least one language. */
	public void illustrate(org.liaison.media.StoredImage image, LocalizedText alt) {
		illustration().show(image, alt);
	}

	/** A new alt text for the image the item has. */
	public void describeImage(LocalizedText alt) {
		illustration().describe("News item " + slug, alt);
	}

	public void removeImage() {
		illustration().clear();
	}

	/** The item's image, or null. */
	public org.liaison.media.Picture getImage() {
		return illustration().picture();
	}

	/** Hibernate leaves an embedded value null when all its columns are. */
	private Illustration illustration() {
		if (illustration == null) {
			illustration = new Illustration();
		}
		return illustration;
	}

	public void about(Partner partner) {
		partners.add(partner);
	}

	public void tag(Iterable<Term> terms) {
		terms.forEach(this.terms::add);
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

	public LocalizedText getTeaser() {
		return teaser;
	}

	public LocalizedText getBody() {
		return body;
	}

	public LocalDate getPublishedOn() {
		return publishedOn;
	}

	public long getVersion() {
		return version;
	}

	public PublicationStatus getStatus() {
		return status;
	}

	@Override
	public PublicationStatus getPublicationStatus() {
		return status;
	}

	public Set<Partner> getPartners() {
		return partners;
	}

	public Set<Term> getTerms() {
		return terms;
	}

	@Override
	public boolean isPublic() {
		return status == PublicationStatus.PUBLISHED;
	}

	// Derived values for the search index (facets, sorts, keys); read by Hibernate Search only.

	@KeywordField(name = SearchFields.REGION, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "partners")))
	public java.util.List<String> getSearchRegions() {
		return partners.stream().flatMap(p -> p.getRegions().stream()).map(r -> r.getCode()).distinct().toList();
	}

	@KeywordField(name = SearchFields.COUNTRY, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "partners")))
	public java.util.List<String> getSearchCountries() {
		return partners.stream().map(p -> p.getCountry()).filter(c -> c != null).map(c -> c.getCode()).distinct().toList();
	}

	@KeywordField(name = SearchFields.GOAL, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "terms")))
	public java.util.List<String> getSearchGoals() {
		return Term.slugsIn(terms, Vocabulary.POLICY_GOALS);
	}

	@KeywordField(name = SearchFields.PRIORITY, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "terms")))
	public java.util.List<String> getSearchPriorities() {
		return Term.slugsIn(terms, Vocabulary.D4D_PRIORITIES);
	}

	@GenericField(name = SearchFields.YEAR, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "publishedOn")))
	public Integer getSearchYear() {
		return publishedOn.getYear();
	}

}
