package org.liaison.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The REST API's settings.
 *
 * @param defaultLimit items on a page when the request names no {@code limit}
 * @param maxLimit the largest {@code limit} a request may ask for
 * @param rateLimit requests an anonymous client (one IP address) may make per {@code ratePeriod}
 * @param ratePeriod the period over which {@code rateLimit} refills, evenly
 */
@ConfigurationProperties("liaison.api")
public record ApiSettings(@DefaultValue("20") int defaultLimit, @DefaultValue("100") int maxLimit,
		@DefaultValue("120") int rateLimit, @DefaultValue("1m") Duration ratePeriod) {

	public ApiSettings {
		if (maxLimit < 1 || defaultLimit < 1 || defaultLimit > maxLimit) {
			throw new IllegalArgumentException("liaison.api: need 1 <= default-limit (" + defaultLimit
					+ ") <= max-limit (" + maxLimit + ")");
		}
		if (rateLimit < 1 || ratePeriod.isZero() || ratePeriod.isNegative()) {
			throw new IllegalArgumentException("liaison.api: rate-limit must be at least 1 per positive rate-period");
		}
	}

}
