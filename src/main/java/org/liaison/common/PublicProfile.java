package org.liaison.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.liaison.common.search.Publishable;

/**
 * An item whose public profile goes through the publication workflow, its state held in an embedded
 * {@link Publication} (partners, projects): the workflow's methods, once, by delegation.
 */
public interface PublicProfile extends Schedulable, Publishable {

	/** Where the profile is on its way to the public. */
	Publication publication();

	@Override
	default PublicationStatus getPublicationStatus() {
		return publication().status();
	}

	@Override
	default boolean isPublic() {
		return publication().isPublished();
	}

	@Override
	default void moveTo(PublicationStatus status) {
		publication().moveTo(status);
	}

	@Override
	default ZonedDateTime getScheduledFor() {
		return publication().scheduledFor();
	}

	@Override
	default void schedule(Instant at, ZoneId zone) {
		publication().schedule(at, zone, getClass().getSimpleName() + " " + getSlug());
	}

	@Override
	default void unschedule() {
		publication().unschedule();
	}

	@Override
	default void publishAsScheduled() {
		publication().publishAsScheduled();
	}

}
