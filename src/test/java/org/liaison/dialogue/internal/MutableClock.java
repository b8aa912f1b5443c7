package org.liaison.dialogue.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A clock a test moves by hand: "it is now 07:30 in Brussels", "it is the next day". */
public class MutableClock extends Clock {

	private volatile Instant now;

	private final ZoneId zone;

	public MutableClock(Instant now, ZoneId zone) {
		this.now = now;
		this.zone = zone;
	}

	public void set(ZonedDateTime time) {
		this.now = time.toInstant();
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId other) {
		MutableClock parent = this;
		return new Clock() {

			@Override
			public ZoneId getZone() {
				return other;
			}

			@Override
			public Clock withZone(ZoneId zone) {
				return parent.withZone(zone);
			}

			@Override
			public Instant instant() {
				return parent.instant();
			}

		};
	}

	@Override
	public Instant instant() {
		return now;
	}

}
