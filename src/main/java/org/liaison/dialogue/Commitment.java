package org.liaison.dialogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import org.hibernate.annotations.Type;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

import org.liaison.common.ItemRef;
import org.liaison.common.ItemType;
import org.liaison.common.LocalizedText;
import org.liaison.common.LocalizedTextType;
import org.liaison.common.search.SearchFields;
import org.liaison.common.search.SearchItem;
import org.liaison.common.search.SearchableText;

/**
 * Something one side promised at a meeting, with its owner, due date, status and the dated history
 * of how it went. Internal: the public never sees commitments.
 */
@Entity
@SearchItem(value = "commitment", staffOnly = true)
public class Commitment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Meeting meeting;

	@Type(LocalizedTextType.class)
	@SearchableText(SearchFields.TITLE)
	private LocalizedText text;

	@Enumerated(EnumType.STRING)
	private OwnerSide ownerSide;

	private String ownerName;

	private String ownerEmail;

	@GenericField(name = SearchFields.DATE, sortable = Sortable.YES, projectable = Projectable.YES)
	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	private CommitmentStatus status = CommitmentStatus.OPEN;

	@Version
	private int version;

	private Instant createdAt;

	@OneToMany(mappedBy = "commitment", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("recordedAt")
	private List<CommitmentUpdate> history = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "commitment_link", joinColumns = @JoinColumn(name = "commitment_id"))
	private Set<Link> links = new LinkedHashSet<>();

	protected Commitment() {
	}

	Commitment(Meeting meeting, LocalizedText text, OwnerSide ownerSide, String ownerName, String ownerEmail,
			LocalDate dueOn, Instant createdAt) {
		this.meeting = meeting;
		this.text = text;
		this.ownerSide = ownerSide;
		this.ownerName = ownerName.strip();
		this.ownerEmail = (ownerEmail == null || ownerEmail.isBlank()) ? null : ownerEmail.strip();
		this.dueOn = dueOn;
		this.createdAt = createdAt;
	}

	/** Records a new status (or the same one with a comment) in the history. */
	void update(CommitmentStatus newStatus, String comment, String author, Instant at) {
		this.status = newStatus;
		history.add(new CommitmentUpdate(this, at, newStatus, comment, author));
	}

	void carriedOutBy(ItemRef item) {
		if (item.type() != ItemType.PROJECT) {
			throw new IllegalArgumentException("A commitment is carried out by a project, not by " + item);
		}
		links.add(new Link(item.type().code(), item.key()));
	}

	/** Overdue: still pending after its due date. */
	public boolean isOverdue(LocalDate today) {
		return status.isPending() && dueOn.isBefore(today);
	}

	public Long getId() {
		return id;
	}

	public Meeting getMeeting() {
		return meeting;
	}

	public LocalizedText getText() {
		return text;
	}

	public OwnerSide getOwnerSide() {
		return ownerSide;
	}

	public String getOwnerName() {
		return ownerName;
	}

	public String getOwnerEmail() {
		return ownerEmail;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public CommitmentStatus getStatus() {
		return status;
	}

	public int getVersion() {
		return version;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public List<CommitmentUpdate> getHistory() {
		return history;
	}

	/** The projects that carry the commitment out. */
	public List<ItemRef> getLinks() {
		return links.stream().map(l -> new ItemRef(ItemType.fromCode(l.targetType), l.targetKey)).toList();
	}

	// Derived values for the search index (staff only); read by Hibernate Search only.

	/** The meeting's key: a commitment is shown on its meeting's back-office page. */
	@KeywordField(name = SearchFields.KEY, projectable = Projectable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "meeting")))
	public String getSearchKey() {
		return meeting.getSearchKey();
	}

	/** Internal text: the owner, the owner's e-mail address and the history's comments. */
	@SearchableText(SearchFields.INTERNAL)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "ownerName")),
			@ObjectPath(@PropertyValue(propertyName = "ownerEmail")),
			@ObjectPath({ @PropertyValue(propertyName = "history"), @PropertyValue(propertyName = "comment") }) })
	public String getSearchInternal() {
		java.util.StringJoiner joined = new java.util.StringJoiner("\n");
		joined.add(ownerName);
		if (ownerEmail != null) {
			joined.add(ownerEmail);
		}
		history.stream().map(CommitmentUpdate::getComment).filter(c -> c != null && !c.isBlank()).forEach(joined::add);
		return joined.toString();
	}

	/** A link to an item that carries the commitment out. */
	@Embeddable
	record Link(@Column(name = "target_type") String targetType, @Column(name = "target_key") String targetKey) {
	}

}
