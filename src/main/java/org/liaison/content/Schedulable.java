package org.liaison.content;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * An item whose publication can be scheduled (news, pages, documents): it waits in review until the
 * scheduler ({@code ScheduledPublisher}) makes it public at the time an editor chose.
 */
public interface Schedulable {

	Long getId();

	String getSlug();

	PublicationStatus getStatus();

	/** When the item is scheduled to be published, in the zone it was scheduled in; null when it is not. */
	ZonedDateTime getScheduledFor();

	/** Schedules publication at {@code at}, entered in {@code zone}; only an item that may be published next. */
	void schedule(Instant at, ZoneId zone);

	void unschedule();

	/** The scheduler's step: public from now on, the schedule spent. */
	void publishAsScheduled();

}
