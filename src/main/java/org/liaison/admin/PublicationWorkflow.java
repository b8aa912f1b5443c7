package org.liaison.admin;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.liaison.common.ItemType;
import org.liaison.common.PublicationStatus;
import org.liaison.common.Schedulable;
import org.liaison.common.ScheduleException;
import org.liaison.common.Schedules;
import org.liaison.common.StaleEditException;
import org.liaison.security.AuditAction;
import org.liaison.security.AuditLog;

import org.springframework.stereotype.Component;

/**
 * The steps of the publication workflow an editor takes on any {@link Schedulable} item — a page, a
 * partner's or a project's public profile: move it to a next status, schedule its publication,
 * cancel the schedule. Each step checks the version the editor saw and is audited. It runs inside
 * the caller's transaction, on an item the caller loaded; the caller flushes.
 */
@Component
public class PublicationWorkflow {

	private final AuditLog audit;

	private final Clock clock;

	PublicationWorkflow(AuditLog audit, Optional<Clock> clock) {
		this.audit = audit;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Moves the item to {@code target}; only the next steps of its status are allowed.
	 * @throws StaleEditException when someone saved it since {@code basedOnVersion}
	 * @throws IllegalStateException when {@code target} is not a next step
	 */
	public void move(ItemType type, Schedulable item, long basedOnVersion, PublicationStatus target) {
		requireVersion(type, item, basedOnVersion);
		PublicationStatus from = item.getPublicationStatus();
		if (!from.canMoveTo(target)) {
			throw new IllegalStateException("A " + type.code() + " cannot go from " + from + " to " + target);
		}
		item.moveTo(target);
		audit.record(target == PublicationStatus.PUBLISHED ? AuditAction.PUBLISH : AuditAction.STATUS_CHANGE,
				type.code() + ":" + item.getId(), from + " → " + target);
	}

	/**
	 * Schedules the item's publication at a local date and time in a zone.
	 * @throws ScheduleException when the time is not in the future or does not exist in that zone
	 * @throws IllegalStateException when the item is not in review
	 */
	public void schedule(ItemType type, Schedulable item, long basedOnVersion, LocalDateTime at, ZoneId zone) {
		requireVersion(type, item, basedOnVersion);
		item.schedule(Schedules.instantOf(at, zone, clock), zone);
		audit.record(AuditAction.STATUS_CHANGE, type.code() + ":" + item.getId(),
				"publication scheduled for " + item.getScheduledFor());
	}

	/** Cancels a scheduled publication; the item stays in review. */
	public void unschedule(ItemType type, Schedulable item, long basedOnVersion) {
		requireVersion(type, item, basedOnVersion);
		ZonedDateTime was = item.getScheduledFor();
		item.unschedule();
		audit.record(AuditAction.STATUS_CHANGE, type.code() + ":" + item.getId(),
				"scheduled publication cancelled (was " + was + ")");
	}

	private static void requireVersion(ItemType type, Schedulable item, long basedOnVersion) {
		if (item.getVersion() != basedOnVersion) {
			String label = Character.toUpperCase(type.code().charAt(0)) + type.code().substring(1);
			throw new StaleEditException(label + " " + item.getId(), basedOnVersion, item.getVersion());
		}
	}

}
