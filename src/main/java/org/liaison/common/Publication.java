package org.liaison.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Where an item's public profile is on its way to the public (draft → in review → published →
 * archived) and, while it waits in review, when the scheduler is to publish it. Embedded by partners
 * and projects (columns {@code publication_status}, {@code publish_at}, {@code publish_zone}), whose
 * entities implement {@link Schedulable} by delegating here.
 */
@Embeddable
public class Publication {

	@Enumerated(EnumType.STRING)
	@Column(name = "publication_status", nullable = false)
	private PublicationStatus status;

	@Embedded
	private PublicationSchedule schedule;

	protected Publication() {
	}

	private Publication(PublicationStatus status) {
		this.status = status;
	}

	/** Public at once: what imports, the API and the demo data create. */
	public static Publication published() {
		return new Publication(PublicationStatus.PUBLISHED);
	}

	/** Not public until an editor publishes it: what the back office creates. */
	public static Publication draft() {
		return new Publication(PublicationStatus.DRAFT);
	}

	public PublicationStatus status() {
		return status;
	}

	public boolean isPublished() {
		return status == PublicationStatus.PUBLISHED;
	}

	/** Moves to any status by hand (the editor checks the workflow's steps); a schedule no longer applies. */
	public void moveTo(PublicationStatus target) {
		this.status = java.util.Objects.requireNonNull(target);
		unschedule();
	}

	/**
	 * Schedules publication at {@code at}, entered in {@code zone}.
	 * @throws IllegalStateException when the item may not be published next (only one in review may)
	 */
	public void schedule(Instant at, ZoneId zone, String item) {
		if (!status.canMoveTo(PublicationStatus.PUBLISHED)) {
			throw new IllegalStateException(item + " in status " + status + " cannot be scheduled for publication");
		}
		schedule().set(at, zone);
	}

	public void unschedule() {
		schedule().clear();
	}

	/** The scheduler's step: public from now on, the schedule spent. */
	public void publishAsScheduled() {
		this.status = PublicationStatus.PUBLISHED;
		unschedule();
	}

	/** When publication is scheduled, in the zone it was scheduled in; null when it is not. */
	public ZonedDateTime scheduledFor() {
		return schedule().at();
	}

	// Hibernate leaves an embedded value null when all its columns are
	private PublicationSchedule schedule() {
		if (schedule == null) {
			schedule = new PublicationSchedule();
		}
		return schedule;
	}

}
