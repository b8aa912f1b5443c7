package org.liaison.dialogue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.OrderColumn;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
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
import org.liaison.common.search.SearchFields;
import org.liaison.common.search.Publishable;
import org.liaison.common.search.SearchItem;
import org.liaison.common.search.SearchableText;
import org.liaison.content.Document;
import org.liaison.taxonomy.Term;
import org.liaison.taxonomy.Vocabulary;

/** One meeting of a dialogue series: the second EU–Australia Digital Dialogue, 12 June 2024, virtual. */
@Entity
// Planned meetings stay out of the public index until they are announced.
@SearchItem(value = "meeting", publishedOnly = true, visibility = { "status", "publiclyListed" },
		publicWhere = "e.status = HELD or e.publiclyListed = true")
public class Meeting implements Publishable {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private DialogueSeries series;

	private int sequenceNumber;

	private Instant startsAt;

	private String timeZone;

	private String place;

	private boolean virtual;

	@Enumerated(EnumType.STRING)
	private DialogueLevel level;

	@Enumerated(EnumType.STRING)
	private MeetingStatus status = MeetingStatus.PLANNED;

	@Type(LocalizedTextType.class)
	@SearchableText(SearchFields.SUMMARY)
	private LocalizedText summary = LocalizedText.empty();

	@Type(LocalizedTextType.class)
	@SearchableText(SearchFields.BODY)
	private LocalizedText outcome = LocalizedText.empty();

	/** Increases with every change: optimistic locking, and the SEQUENCE of the meeting's iCalendar event. */
	@Version
	private int version;

	private boolean publiclyListed;

	@ManyToMany
	@JoinTable(name = "meeting_topic", joinColumns = @JoinColumn(name = "meeting_id"),
			inverseJoinColumns = @JoinColumn(name = "term_id"))
	private Set<Term> topics = new LinkedHashSet<>();

	/** Personal data: staff only. Deliberately not indexed for search. */
	@ElementCollection
	@CollectionTable(name = "meeting_participant", joinColumns = @JoinColumn(name = "meeting_id"))
	@OrderColumn(name = "position")
	private List<Participant> participants = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "meeting_document", joinColumns = @JoinColumn(name = "meeting_id"),
			inverseJoinColumns = @JoinColumn(name = "document_id"))
	private Set<Document> documents = new LinkedHashSet<>();

	protected Meeting() {
	}

	public Meeting(DialogueSeries series, int sequenceNumber, ZonedDateTime startsAt, String place, boolean virtual) {
		if (sequenceNumber < 1) {
			throw new IllegalArgumentException("A meeting's sequence number starts at 1, not " + sequenceNumber);
		}
		if (!virtual && (place == null || place.isBlank())) {
			throw new IllegalArgumentException("A meeting that is not virtual needs a place");
		}
		this.series = series;
		this.sequenceNumber = sequenceNumber;
		this.startsAt = startsAt.toInstant();
		this.timeZone = startsAt.getZone().getId();
		this.place = place;
		this.virtual = virtual;
		this.level = series.getLevel();
	}

	public void record(MeetingStatus status, LocalizedText summary, LocalizedText outcome) {
		this.status = status;
		this.summary = summary;
		this.outcome = outcome;
	}

	/** Moves the meeting to another time and place. */
	public void moveTo(ZonedDateTime startsAt, String place, boolean virtual) {
		if (!virtual && (place == null || place.isBlank())) {
			throw new IllegalArgumentException("A meeting that is not virtual needs a place");
		}
		this.startsAt = startsAt.toInstant();
		this.timeZone = startsAt.getZone().getId();
		this.place = place;
		this.virtual = virtual;
	}

	/** Announces a planned meeting to the public (or withdraws the announcement). */
	public void listPublicly(boolean listed) {
		this.publiclyListed = listed;
	}

	/** Whether a meeting not yet held is announced on the portal. */
	public boolean isPubliclyListed() {
		return publiclyListed;
	}

	/** Held meetings are public; planned, postponed or cancelled ones only when announced. */
	@Override
	public boolean isPublic() {
		return status == MeetingStatus.HELD || publiclyListed;
	}

	/** "EU–Australia Digital Dialogue (2)", in every language the series is named in. */
	public LocalizedText numberedName() {
		java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
		series.getName().asMap().forEach((language, text) -> texts.put(language, text + " (" + sequenceNumber + ")"));
		return LocalizedText.of(texts);
	}

	public int getVersion() {
		return version;
	}

	public void discuss(Iterable<Term> topics) {
		topics.forEach(this.topics::add);
	}

	/** The agenda becomes exactly these topics. */
	public void setAgenda(Collection<Term> topics) {
		this.topics.retainAll(topics);
		this.topics.addAll(topics);
	}

	/** The participants become these, in this order. */
	public void setParticipants(List<Participant> participants) {
		this.participants.clear();
		this.participants.addAll(participants);
	}

	/** The attached documents become these. */
	public void attach(Collection<Document> documents) {
		this.documents.retainAll(documents);
		this.documents.addAll(documents);
	}

	/** Who took part: personal data, for signed-in staff only. */
	public List<Participant> getParticipants() {
		return participants;
	}

	/** All attached documents, published or not; the portal shows {@link #getPublicDocuments()}. */
	public Set<Document> getDocuments() {
		return documents;
	}

	/** The attached documents that are published, newest first. */
	public List<Document> getPublicDocuments() {
		return documents.stream()
			.filter(Document::isPublic)
			.sorted(java.util.Comparator.comparing(Document::getIssuedOn,
					java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())))
			.toList();
	}

	public Long getId() {
		return id;
	}

	public DialogueSeries getSeries() {
		return series;
	}

	public int getSequenceNumber() {
		return sequenceNumber;
	}

	/** When the meeting starts, in the time zone it is held in. */
	public ZonedDateTime getStartsAt() {
		return startsAt.atZone(ZoneId.of(timeZone));
	}

	public String getPlace() {
		return place;
	}

	public boolean isVirtual() {
		return virtual;
	}

	public DialogueLevel getLevel() {
		return level;
	}

	public MeetingStatus getStatus() {
		return status;
	}

	public LocalizedText getSummary() {
		return summary;
	}

	public LocalizedText getOutcome() {
		return outcome;
	}

	public Set<Term> getTopics() {
		return topics;
	}

	// Derived values for the search index (facets, sorts, keys); read by Hibernate Search only.

	@KeywordField(name = SearchFields.KEY, projectable = Projectable.YES)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "series")),
			@ObjectPath(@PropertyValue(propertyName = "sequenceNumber")) })
	public String getSearchKey() {
		return series.getSlug() + "/meetings/" + sequenceNumber;
	}

	@SearchableText(value = SearchFields.TITLE, suggest = true)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "series")))
	public LocalizedText getSearchTitle() {
		return series.getName();
	}

	@KeywordField(name = SearchFields.REGION, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "series")))
	public java.util.List<String> getSearchRegions() {
		return series.getSearchRegions();
	}

	@KeywordField(name = SearchFields.COUNTRY, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "series")))
	public java.util.List<String> getSearchCountries() {
		return series.getSearchCountries();
	}

	@KeywordField(name = SearchFields.GOAL, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "topics")))
	public java.util.List<String> getSearchGoals() {
		return topics.stream()
			.filter(t -> t.getVocabulary().getCode().equals(Vocabulary.POLICY_GOALS))
			.map(Term::getSlug)
			.toList();
	}

	@KeywordField(name = SearchFields.PRIORITY, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "topics")))
	public java.util.List<String> getSearchPriorities() {
		return topics.stream()
			.filter(t -> t.getVocabulary().getCode().equals(Vocabulary.D4D_PRIORITIES))
			.map(Term::getSlug)
			.toList();
	}

	@GenericField(name = SearchFields.YEAR, aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "startsAt")))
	public Integer getSearchYear() {
		return getStartsAt().getYear();
	}

	@GenericField(name = SearchFields.DATE, sortable = Sortable.YES, projectable = Projectable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "startsAt")))
	public java.time.LocalDate getSearchDate() {
		return getStartsAt().toLocalDate();
	}

}
