package org.liaison.exchange.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secret links of personal calendar feeds: 256 random bits each, shown to their user once and
 * stored only as their SHA-256. A user has at most one live link; a new one revokes the old.
 */
@Component
class CalendarTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	CalendarTokens(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A new live token for the user (their previous one stops working); the only time it is seen. */
	@Transactional
	public String create(String username) {
		revoke(username);
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		jdbc.update("insert into calendar_token (username, token_sha256) values (?, ?)", username, sha256(token));
		return token;
	}

	/** Revokes the user's live token; false when there was none. */
	@Transactional
	public boolean revoke(String username) {
		return jdbc.update("update calendar_token set revoked_at = now() where username = ? and revoked_at is null",
				username) > 0;
	}

	/** When the user's live token was made, if they have one. */
	public Optional<Instant> liveSince(String username) {
		List<Instant> found = jdbc.query("select created_at from calendar_token where username = ? and revoked_at is null",
				(rs, n) -> rs.getTimestamp(1).toInstant(), username);
		return found.stream().findFirst();
	}

	/** Whose live token this is; empty for an unknown or revoked one. */
	public Optional<String> owner(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		List<String> found = jdbc.queryForList(
				"select username from calendar_token where token_sha256 = ? and revoked_at is null", String.class,
				sha256(token));
		return found.stream().findFirst();
	}

	static String sha256(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
