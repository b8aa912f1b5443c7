package org.liaison.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * An item that goes draft → in review → published → archived and whose publication can be scheduled
 * (news, pages, documents, the public profiles of partners and projects): it waits in review until
 * the scheduler makes it public at the time an editor chose.
 */
public interface Schedulable {

	Long getId();

	String getSlug();

	/** The version an edit is based on (optimistic locking). */
	long getVersion();

	PublicationStatus getPublicationStatus();

	/** Moves the item along the workflow by hand; a schedule it had no longer applies. */
	void moveTo(PublicationStatus status);

	/** When the item is scheduled to be published, in the zone it was scheduled in; null when it is not. */
	ZonedDateTime getScheduledFor();

	/** Schedules publication at {@code at}, entered in {@code zone}; only an item that may be published next. */
	void schedule(Instant at, ZoneId zone);

	void unschedule();

	/** The scheduler's step: public from now on, the schedule spent. */
	void publishAsScheduled();

}
