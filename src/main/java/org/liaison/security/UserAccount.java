package org.liaison.security;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Someone who signs in to the back office. The password is kept only as a delegating-encoder hash. */
@Entity
@Table(name = "user_account")
public class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String passwordHash;

	private String displayName;

	private String email;

	private String preferredLanguage;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean enabled = true;

	private boolean mustChangePassword;

	private int failedAttempts;

	private Instant lastFailureAt;

	private Instant lockedUntil;

	private Instant createdAt = Instant.now();

	@Version
	private long version;

	protected UserAccount() {
	}

	UserAccount(String username, String passwordHash, Role role, boolean mustChangePassword) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.mustChangePassword = mustChangePassword;
	}

	public boolean isLockedAt(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	void changePassword(String hash, boolean mustChange) {
		this.passwordHash = hash;
		this.mustChangePassword = mustChange;
	}

	/** Sets the display name and e-mail address; blanks are stored as none. */
	void changeProfile(String displayName, String email) {
		this.displayName = blankToNull(displayName);
		this.email = blankToNull(email);
	}

	void changePreferredLanguage(String language) {
		this.preferredLanguage = blankToNull(language);
	}

	/** The language the user reads mail and their calendar in, or null for the default (English). */
	public String getPreferredLanguage() {
		return preferredLanguage;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	void changeRole(Role role) {
		this.role = role;
	}

	void enable(boolean enabled) {
		this.enabled = enabled;
	}

	/** One more failed sign-in; an expired lock starts the count afresh. */
	public int recordFailure(Instant now) {
		if (lockedUntil != null && !now.isBefore(lockedUntil)) {
			failedAttempts = 0;
			lockedUntil = null;
		}
		failedAttempts++;
		lastFailureAt = now;
		return failedAttempts;
	}

	public void lockUntil(Instant until) {
		this.lockedUntil = until;
	}

	public void recordSuccess() {
		failedAttempts = 0;
		lockedUntil = null;
	}

	void unlock() {
		recordSuccess();
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	/** The name to show for this user: the display name, or the username when none is set. */
	public String getDisplayName() {
		return displayName != null ? displayName : username;
	}

	/** The display name as set, or null. */
	public String getDisplayNameOrNull() {
		return displayName;
	}

	public String getEmail() {
		return email;
	}

	public Role getRole() {
		return role;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public boolean isMustChangePassword() {
		return mustChangePassword;
	}

	public int getFailedAttempts() {
		return failedAttempts;
	}

	public Instant getLastFailureAt() {
		return lastFailureAt;
	}

	public Instant getLockedUntil() {
		return lockedUntil;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public long getVersion() {
		return version;
	}

}
