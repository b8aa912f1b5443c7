package org.liaison.security.internal;

import java.time.Duration;
import java.time.Instant;

import org.liaison.security.AuditAction;
import org.liaison.security.AuditLog;
import org.liaison.security.SecuritySettings;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account: from the third in a row each is answered more slowly, and
 * the one that reaches the limit locks the account for a while. Every outcome is audited.
 */
@Component
class SignInAttempts {

	private final AccountRepository accounts;

	private final AuditLog audit;

	private final SecuritySettings settings;

	SignInAttempts(AccountRepository accounts, AuditLog audit, SecuritySettings settings) {
		this.accounts = accounts;
		this.audit = audit;
		this.settings = settings;
	}

	/** Records a wrong password (or unknown user) and says how long to pause before answering. */
	@Transactional
	Duration failed(String username) {
		String name = (username == null) ? "" : username.strip();
		audit.record(name, AuditAction.SIGN_IN_FAILED, "user:" + name, "wrong username or password");
		return accounts.findByUsername(name).map(account -> {
			Instant now = Instant.now();
			int failures = account.recordFailure(now);
			if (failures >= settings.failuresBeforeLock() && !account.isLockedAt(now)) {
				account.lockUntil(now.plus(settings.lockDuration()));
				audit.record(name, AuditAction.ACCOUNT_LOCKED, "user:" + name,
						failures + " failed sign-ins; locked for " + settings.lockDuration().toMinutes() + " min");
			}
			return settings.delayAfter(failures);
		}).orElse(settings.failureDelay());
	}

	@Transactional
	void refusedWhileLocked(String username) {
		audit.record(username, AuditAction.SIGN_IN_REFUSED_LOCKED, "user:" + username, "account locked");
	}

	@Transactional
	void succeeded(String username) {
		accounts.findByUsername(username).ifPresent(account -> account.recordSuccess());
		audit.record(username, AuditAction.SIGN_IN, "user:" + username, null);
	}

}
