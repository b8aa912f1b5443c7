package org.liaison.dialogue;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** One dated entry in a commitment's history: its status from then on, and a comment. */
@Entity
public class CommitmentUpdate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Commitment commitment;

	private Instant recordedAt;

	@Enumerated(EnumType.STRING)
	private CommitmentStatus status;

	private String comment;

	private String author;

	protected CommitmentUpdate() {
	}

	CommitmentUpdate(Commitment commitment, Instant recordedAt, CommitmentStatus status, String comment, String author) {
		this.commitment = commitment;
		this.recordedAt = recordedAt;
		this.status = status;
		this.comment = comment;
		this.author = author;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	public CommitmentStatus getStatus() {
		return status;
	}

	public String getComment() {
		return comment;
	}

	public String getAuthor() {
		return author;
	}

}
