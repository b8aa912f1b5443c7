package org.liaison.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.liaison.security.internal.ApiTokenRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tokens for REST API clients: created by an administrator with a role (which bounds what the
 * client may change), shown once, stored as the SHA-256 hash of 256 random bits, revocable.
 * Creation and revocation are audited.
 */
@Service
@Transactional(readOnly = true)
public class ApiTokenService {

	/** What every token starts with, so that secret scanners and people recognise one. */
	public static final String PREFIX = "lia_";

	/** Letters, digits, dot, underscore, hyphen; 2 to 50 of them. */
	public static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{2,50}");

	private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(5);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final AuditLog audit;

	ApiTokenService(ApiTokenRepository tokens, AuditLog audit) {
		this.tokens = tokens;
		this.audit = audit;
	}

	/** A newly created token and its secret, which exists nowhere else once shown. */
	public record Created(ApiToken token, String secret) {
	}

	/** Every token, active ones first, latest first. */
	public List<ApiToken> tokens() {
		return tokens.findAllByOrderByRevokedAtDescCreatedAtDesc();
	}

	/**
	 * Creates a token for a client.
	 * @throws IllegalArgumentException when the name is not valid or is taken (revoked tokens keep theirs)
	 */
	@Transactional
	public Created create(String name, Role role) {
		String trimmed = (name == null) ? "" : name.strip();
		if (!NAME.matcher(trimmed).matches()) {
			throw new IllegalArgumentException("'" + trimmed + "' is not a token name: use 2 to 50 letters, digits, '.', '_' or '-'");
		}
		if (role == null) {
			throw new IllegalArgumentException("A token needs a role");
		}
		if (tokens.existsByName(trimmed)) {
			throw new NameTakenException(trimmed);
		}
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		ApiToken token = tokens.save(new ApiToken(trimmed, role, hash(secret), secret.substring(0, 8), Instant.now(),
				AuditLog.currentActor()));
		audit.record(AuditAction.TOKEN_CREATED, "api-token:" + token.getId(), trimmed + " (" + role + ")");
		return new Created(token, secret);
	}

	/** Revokes a token; its clients are refused from the next request on. False when it was revoked already. */
	@Transactional
	public boolean revoke(long id) {
		ApiToken token = tokens.findById(id).orElseThrow(() -> new IllegalArgumentException("No API token " + id));
		if (token.isRevoked()) {
			return false;
		}
		token.revoke(Instant.now(), AuditLog.currentActor());
		audit.record(AuditAction.TOKEN_REVOKED, "api-token:" + id, token.getName());
		return true;
	}

	/** The active token whose secret this is; notes its use. */
	@Transactional
	public Optional<ApiToken> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		Optional<ApiToken> found = tokens.findByTokenHash(hash(secret)).filter(token -> !token.isRevoked());
		found.ifPresent(token -> {
			Instant now = Instant.now();
			tokens.touch(token.getId(), now, now.minus(TOUCH_INTERVAL));
		});
		return found;
	}

	/** SHA-256 of the token, in lower-case hex: what the database keeps. */
	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** Another token (maybe revoked) has this name already. */
	public static class NameTakenException extends IllegalArgumentException {

		public NameTakenException(String name) {
			super("A token named '" + name + "' exists already");
		}

	}

}
