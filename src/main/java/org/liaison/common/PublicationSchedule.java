package org.liaison.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * When an item waiting in review is to be made public by the scheduler, and the time zone the editor
 * entered the time in (to show it back as entered); both empty when it is not scheduled. Columns
 * {@code publish_at} and {@code publish_zone}.
 */
@Embeddable
public class PublicationSchedule {

	@Column(name = "publish_at")
	private Instant publishAt;

	@Column(name = "publish_zone")
	private String publishZone;

	public void set(Instant at, ZoneId zone) {
		this.publishAt = Objects.requireNonNull(at);
		this.publishZone = zone.getId();
	}

	public void clear() {
		this.publishAt = null;
		this.publishZone = null;
	}

	/** The time, in the zone it was scheduled in; null when not scheduled. */
	public ZonedDateTime at() {
		return (publishAt == null) ? null : publishAt.atZone(ZoneId.of(publishZone));
	}

}
