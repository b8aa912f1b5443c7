package org.liaison.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings (see README).
 *
 * @param adminPassword the first administrator's password ({@code LIAISON_ADMIN_PASSWORD}); empty:
 * a one-time password is printed at first start
 * @param failuresBeforeLock failed sign-ins in a row that lock an account
 * @param lockDuration how long a locked account stays locked
 * @param failureDelay the pause added to each failed sign-in from the third on, growing with each
 * @param maximumFailureDelay the longest such pause
 * @param minimumPasswordLength the shortest password a user may choose
 */
@ConfigurationProperties("liaison.security")
public record SecuritySettings(String adminPassword, @DefaultValue("5") int failuresBeforeLock,
		@DefaultValue("15m") Duration lockDuration, @DefaultValue("1s") Duration failureDelay,
		@DefaultValue("4s") Duration maximumFailureDelay, @DefaultValue("12") int minimumPasswordLength) {

	/** The pause after the given number of failures in a row: none for the first two. */
	public Duration delayAfter(int failures) {
		if (failures < 3) {
			return Duration.ZERO;
		}
		Duration delay = failureDelay.multipliedBy(failures - 2);
		return (delay.compareTo(maximumFailureDelay) > 0) ? maximumFailureDelay : delay;
	}

}
