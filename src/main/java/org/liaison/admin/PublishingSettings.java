package org.liaison.admin;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scheduled publishing, bound from {@code liaison.publishing.*} ({@code LIAISON_TIME_ZONE},
 * {@code LIAISON_PUBLISHING_CHECK_INTERVAL}).
 *
 * @param timeZone the zone the back office proposes for a publication time
 * @param checkInterval how often the scheduler looks for items whose time has come
 * @param initialDelay how long after start-up it looks the first time
 */
@ConfigurationProperties("liaison.publishing")
public record PublishingSettings(@DefaultValue("Europe/Brussels") ZoneId timeZone,
		@DefaultValue("PT1M") Duration checkInterval, @DefaultValue("PT30S") Duration initialDelay) {

	/** Zones offered in the back office besides the default; any valid zone id is accepted. */
	public static final List<String> COMMON_ZONES = List.of("UTC", "Europe/Brussels", "Europe/Budapest",
			"Europe/London", "Europe/Lisbon", "Europe/Helsinki", "America/New_York", "America/Sao_Paulo",
			"Africa/Lagos", "Africa/Nairobi", "Africa/Johannesburg", "Asia/Kolkata", "Asia/Singapore", "Asia/Tokyo",
			"Australia/Sydney", "Pacific/Auckland");

	/** The default zone first, then the common ones. */
	public List<String> zones() {
		java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
		all.add(timeZone.getId());
		all.addAll(COMMON_ZONES);
		return List.copyOf(all);
	}

}
