package org.liaison.dialogue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.Set;

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

import org.liaison.common.LocalizedText;
import org.liaison.common.LocalizedTextType;
import org.liaison.taxonomy.Term;

/** One meeting of a dialogue series: the second EU–Australia Digital Dialogue, 12 June 2024, virtual. */
@Entity
public class Meeting {

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
	private LocalizedText summary = LocalizedText.empty();

	@Type(LocalizedTextType.class)
	private LocalizedText outcome = LocalizedText.empty();

	/** Increases with every change: optimistic locking, and the SEQUENCE of the meeting's iCalendar event. */
	@Version
	private int version;

	private boolean publiclyListed;

	@ManyToMany
	@JoinTable(name = "meeting_topic", joinColumns = @JoinColumn(name = "meeting_id"),
			inverseJoinColumns = @JoinColumn(name = "term_id"))
	private Set<Term> topics = new LinkedHashSet<>();

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

	/** Held meetings are public; planned, postponed or cancelled ones only when announced. */
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

}
