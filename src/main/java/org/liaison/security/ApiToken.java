package org.liaison.security;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A REST API client's credential: a name, the role whose rights it carries, and the SHA-256 hash of
 * the token (never the token itself). Revoked tokens are kept, so the audit log's names stay meaningful.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private Role role;

	private String tokenHash;

	private String tokenPrefix;

	private Instant createdAt;

	private String createdBy;

	private Instant lastUsedAt;

	private Instant revokedAt;

	private String revokedBy;

	protected ApiToken() {
	}

	ApiToken(String name, Role role, String tokenHash, String tokenPrefix, Instant createdAt, String createdBy) {
		this.name = name;
		this.role = role;
		this.tokenHash = tokenHash;
		this.tokenPrefix = tokenPrefix;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	void revoke(Instant at, String by) {
		this.revokedAt = at;
		this.revokedBy = by;
	}

	/** The name the audit log records for this token's actions. */
	public String actor() {
		return "token:" + name;
	}

	public boolean isRevoked() {
		return revokedAt != null;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public Role getRole() {
		return role;
	}

	public String getTokenHash() {
		return tokenHash;
	}

	/** The token's first characters, as shown in the list. */
	public String getTokenPrefix() {
		return tokenPrefix;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getLastUsedAt() {
		return lastUsedAt;
	}

	public Instant getRevokedAt() {
		return revokedAt;
	}

	public String getRevokedBy() {
		return revokedBy;
	}

}
