package org.liaison.dialogue.internal;

import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The daily commitment digest by e-mail, bound from {@code LIAISON_SMTP_HOST}, {@code LIAISON_SMTP_PORT},
 * {@code LIAISON_SMTP_USER}, {@code LIAISON_SMTP_PASSWORD}, {@code LIAISON_SMTP_FROM},
 * {@code LIAISON_DIGEST_TIME}, {@code LIAISON_DIGEST_ZONE} and {@code LIAISON_BASE_URL} (see
 * {@code application.properties}).
 *
 * @param smtpHost the SMTP server; when empty the digest is off
 * @param smtpPort its port
 * @param smtpUser user to sign in with; empty: no authentication
 * @param smtpPassword its password
 * @param from the sender address
 * @param time the local time of day from which the day's digest goes out
 * @param zone the time zone of {@code time} and of "today"
 * @param baseUrl where the back office is reached, for the links in the e-mail
 */
@ConfigurationProperties("liaison.digest")
public record DigestSettings(String smtpHost, @DefaultValue("25") int smtpPort, String smtpUser, String smtpPassword,
		@DefaultValue("liaison@localhost") String from, @DefaultValue("07:00") LocalTime time,
		@DefaultValue("Europe/Brussels") ZoneId zone, @DefaultValue("http://localhost:8080") String baseUrl) {

	public boolean enabled() {
		return smtpHost != null && !smtpHost.isBlank();
	}

	public boolean authenticated() {
		return smtpUser != null && !smtpUser.isBlank();
	}

}
