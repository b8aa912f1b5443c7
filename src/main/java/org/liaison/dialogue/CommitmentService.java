package org.liaison.dialogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.hibernate.Hibernate;

import org.liaison.common.ItemRef;
import org.liaison.common.LocalizedText;
import org.liaison.dialogue.internal.CommitmentRepository;
import org.liaison.dialogue.internal.MeetingRepository;
import org.liaison.partner.Partner;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commitments made at meetings and how they go: the dialogue module's API for action items. All of
 * it is internal; the public pages never show commitments.
 */
@Service
@Transactional(readOnly = true)
public class CommitmentService {

	/** How far ahead "due soon" looks. */
	public static final int DUE_SOON_DAYS = 30;

	private final CommitmentRepository commitments;

	private final MeetingRepository meetings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CommitmentService(CommitmentRepository commitments, MeetingRepository meetings, ApplicationEventPublisher events,
			Optional<Clock> clock) {
		this.commitments = commitments;
		this.meetings = meetings;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** Records a commitment made at meeting {@code number} of a series; it starts open. */
	@Transactional
	public Commitment recordCommitment(String seriesSlug, int number, NewCommitment draft) {
		Meeting meeting = meetings.findBySeriesSlugAndNumber(seriesSlug, number)
			.orElseThrow(() -> new IllegalArgumentException(
					"Series '" + seriesSlug + "' has no meeting number " + number));
		if (draft.text() == null || draft.text().isEmpty()) {
			throw new IllegalArgumentException("text: a commitment needs a text in at least one language");
		}
		if (draft.dueOn() == null) {
			throw new IllegalArgumentException("dueOn: a commitment needs a due date");
		}
		if (draft.ownerSide() == null || draft.ownerName() == null || draft.ownerName().isBlank()) {
			throw new IllegalArgumentException("owner: a commitment needs an owner (side and name)");
		}
		if (draft.ownerEmail() != null && !draft.ownerEmail().isBlank() && !draft.ownerEmail().contains("@")) {
			throw new IllegalArgumentException("ownerEmail: '" + draft.ownerEmail() + "' is not an e-mail address");
		}
		Commitment commitment = new Commitment(meeting, draft.text(), draft.ownerSide(), draft.ownerName(),
				draft.ownerEmail(), draft.dueOn(), clock.instant());
		draft.carriedOutBy().forEach(commitment::carriedOutBy);
		commitment.update(CommitmentStatus.OPEN, draft.comment(), draft.author(), clock.instant());
		Commitment saved = commitments.save(commitment);
		events.publishEvent(new CommitmentMade(saved.getId(), seriesSlug, number, saved.getDueOn()));
		return saved;
	}

	/** Moves a commitment to a status (or comments on it), dated now, in its history. */
	@Transactional
	public Commitment updateCommitment(Long id, CommitmentStatus status, String comment, String author) {
		Commitment commitment = commitments.findById(id)
			.orElseThrow(() -> new IllegalArgumentException("There is no commitment " + id));
		if (status == null) {
			throw new IllegalArgumentException("status: an update needs a status");
		}
		if (author == null || author.isBlank()) {
			throw new IllegalArgumentException("author: an update needs its author");
		}
		CommitmentStatus before = commitment.getStatus();
		commitment.update(status, comment, author, clock.instant());
		events.publishEvent(new CommitmentUpdated(id, before, status, author));
		return loaded(commitment);
	}

	public Optional<Commitment> commitment(Long id) {
		return commitments.findById(id).map(CommitmentService::loaded);
	}

	/** Pending commitments past their due date, the most overdue first. */
	public List<Commitment> overdue() {
		return commitments.findOverdue(today());
	}

	/** Pending commitments due today or in the next {@link #DUE_SOON_DAYS} days. */
	public List<Commitment> dueSoon() {
		return commitments.findDueBetween(today(), today().plusDays(DUE_SOON_DAYS));
	}

	/** Commitments whose owner has this e-mail address ("mine" for a signed-in officer). */
	public List<Commitment> ownedBy(String email) {
		return commitments.findByOwnerEmail(email);
	}

	public List<Commitment> ofSeries(String seriesSlug) {
		return commitments.findBySeries(seriesSlug);
	}

	/** The commitments made at one meeting, each with its history, in due-date order. */
	public List<Commitment> ofMeeting(String seriesSlug, int number) {
		List<Commitment> found = commitments.findByMeeting(seriesSlug, number);
		found.forEach(c -> Hibernate.initialize(c.getHistory()));
		return found;
	}

	public List<Commitment> ofPartner(Partner partner) {
		return commitments.findByPartner(partner.getId());
	}

	/** Pending and overdue commitments with a partner, counted by the database: internal figures. */
	public CommitmentCounts countsWith(Partner partner) {
		Object[] row = commitments.countPendingWithPartner(partner.getId(), today());
		if (row.length == 1 && row[0] instanceof Object[] nested) {
			row = nested;
		}
		return new CommitmentCounts(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	private static Commitment loaded(Commitment commitment) {
		Hibernate.initialize(commitment.getHistory());
		Hibernate.initialize(commitment.getMeeting().getSeries());
		return commitment;
	}

	/**
	 * What it takes to record a commitment.
	 *
	 * @param carriedOutBy projects that carry it out
	 * @param author who records it
	 */
	public record NewCommitment(LocalizedText text, OwnerSide ownerSide, String ownerName, String ownerEmail,
			LocalDate dueOn, Collection<ItemRef> carriedOutBy, String comment, String author) {

		public NewCommitment {
			carriedOutBy = (carriedOutBy == null) ? List.of() : carriedOutBy;
			author = (author == null || author.isBlank()) ? ownerName : author;
		}

	}

}
