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
 * @param security how the connection is protected: {@code starttls} (the default: required when
 *     signing in), {@code ssl} (TLS from the start, SMTPS) or {@code none} (a local relay; a
 *     password is then sent in the clear)
 * @param sslTrust hosts whose certificate is trusted without checking it ({@code mail.smtp.ssl.trust}),
 *     for an internal relay with its own certificate; empty: certificates are checked
 */
@ConfigurationProperties("liaison.digest")
public record DigestSettings(String smtpHost, @DefaultValue("25") int smtpPort, String smtpUser, String smtpPassword,
		@DefaultValue("liaison@localhost") String from, @DefaultValue("07:00") LocalTime time,
		@DefaultValue("Europe/Brussels") ZoneId zone, @DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue("starttls") String security, String sslTrust) {

	public DigestSettings {
		if (!java.util.Set.of("starttls", "ssl", "none").contains(securityMode(security))) {
			throw new IllegalArgumentException("LIAISON_SMTP_SECURITY: '" + security
					+ "' is not one of starttls, ssl, none");
		}
	}

	private static String securityMode(String security) {
		return (security == null || security.isBlank()) ? "starttls" : security.strip().toLowerCase(java.util.Locale.ROOT);
	}

	/** {@code starttls}, {@code ssl} or {@code none}. */
	public String securityMode() {
		return securityMode(security);
	}

	public boolean enabled() {
		return smtpHost != null && !smtpHost.isBlank();
	}

	public boolean authenticated() {
		return smtpUser != null && !smtpUser.isBlank();
	}

}
