package org.liaison.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The rules for a publication time an editor enters, the same for news, pages and documents. */
public final class Schedules {

	private Schedules() {
	}

	/**
	 * The instant of a local date and time in a zone.
	 * @throws ScheduleException when the time does not exist in that zone (skipped by a
	 * daylight-saving change) or is not in the future
	 */
	public static Instant instantOf(LocalDateTime at, ZoneId zone, Clock clock) {
		ZonedDateTime when = at.atZone(zone);
		if (!when.toLocalDateTime().equals(at)) {
			throw new ScheduleException("admin.schedule.gap", at + " does not exist in " + zone.getId());
		}
		if (!when.toInstant().isAfter(clock.instant())) {
			throw new ScheduleException("admin.schedule.past", at + " (" + zone.getId() + ") is not in the future");
		}
		return when.toInstant();
	}

}
