package org.liaison.security;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.liaison.security.internal.AccountRepository;

import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts: the security module's API. Every change is audited. */
@Service
@Transactional(readOnly = true)
public class AccountService {

	/** Lower-case letters, digits, dot, dash, underscore; 2 to 60 characters. */
	public static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,60}");

	/** A pragmatic e-mail address check: one @, no spaces, a dot in the domain. */
	public static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final AuditLog audit;

	private final SecuritySettings settings;

	AccountService(AccountRepository accounts, PasswordEncoder encoder, AuditLog audit, SecuritySettings settings) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.audit = audit;
		this.settings = settings;
	}

	public List<UserAccount> all() {
		return accounts.findAll(Sort.by("username"));
	}

	public Optional<UserAccount> find(long id) {
		return accounts.findById(id);
	}

	public Optional<UserAccount> byUsername(String username) {
		return accounts.findByUsername(username);
	}

	public long count() {
		return accounts.count();
	}

	/**
	 * A new account. With {@code mustChangePassword} its user chooses their own password at first sign-in.
	 * @throws AccountException naming the message key of what is wrong
	 */
	@Transactional
	public UserAccount create(String username, String password, Role role, boolean mustChangePassword) {
		if (username == null || !USERNAME.matcher(username).matches()) {
			throw new AccountException("username", "security.username.invalid");
		}
		if (accounts.findByUsername(username).isPresent()) {
			throw new AccountException("username", "security.username.taken");
		}
		checkStrength(username, password);
		UserAccount account = accounts.save(new UserAccount(username, encoder.encode(password), role,
				mustChangePassword));
		audit.record(AuditAction.CREATE, "user:" + username, "role " + role);
		return account;
	}

	/** A user changes their own password, giving the current one. */
	@Transactional
	public void changeOwnPassword(String username, String current, String replacement) {
		UserAccount account = accounts.findByUsername(username)
			.orElseThrow(() -> new AccountException("current", "security.password.currentWrong"));
		if (current == null || !encoder.matches(current, account.getPasswordHash())) {
			throw new AccountException("current", "security.password.currentWrong");
		}
		if (current.equals(replacement)) {
			throw new AccountException("password", "security.password.same");
		}
		checkStrength(username, replacement);
		account.changePassword(encoder.encode(replacement), false);
		audit.record(username, AuditAction.PASSWORD_CHANGED, "user:" + username, null);
	}

	/** An administrator sets a new password, which its user must change at next sign-in. */
	@Transactional
	public void resetPassword(long id, String password) {
		UserAccount account = require(id);
		checkStrength(account.getUsername(), password);
		account.changePassword(encoder.encode(password), true);
		audit.record(AuditAction.PASSWORD_CHANGED, "user:" + account.getUsername(), "reset by an administrator");
	}

	@Transactional
	public void changeRole(long id, Role role) {
		UserAccount account = require(id);
		if (account.getRole() != role) {
			Role before = account.getRole();
			account.changeRole(role);
			audit.record(AuditAction.ROLE_CHANGE, "user:" + account.getUsername(), before + " → " + role);
		}
	}

	/** Sets a user's display name and e-mail address; the e-mail must be free and well formed. */
	@Transactional
	public void changeProfile(long id, String displayName, String email) {
		UserAccount account = require(id);
		if (email != null && !email.isBlank()) {
			if (!EMAIL.matcher(email.strip()).matches()) {
				throw new AccountException("email", "security.user.email.invalid");
			}
			accounts.findByEmailIgnoreCase(email.strip())
					.filter(other -> !other.getId().equals(account.getId()))
					.ifPresent(other -> {
						throw new AccountException("email", "security.user.email.taken");
					});
		}
		account.changeProfile(displayName, email);
		audit.record(AuditAction.UPDATE, "user:" + account.getUsername(), "profile");
	}

	/** A user chooses the language of their mail and calendar: an ISO 639-1 code, or blank for the default. */
	@Transactional
	public void changePreferredLanguage(String username, String language) {
		UserAccount account = accounts.findByUsername(username)
			.orElseThrow(() -> new AccountException("username", "security.user.notFound"));
		if (language != null && !language.isBlank() && !language.strip().matches("[a-z]{2,3}")) {
			throw new AccountException("language", "security.user.language.invalid");
		}
		account.changePreferredLanguage(language);
		audit.record(username, AuditAction.UPDATE, "user:" + username, "preferred language " + language);
	}

	/** Finds the user whose e-mail address this is, ignoring case. */
	public Optional<UserAccount> byEmail(String email) {
		return email == null ? Optional.empty() : accounts.findByEmailIgnoreCase(email.strip());
	}

	@Transactional
	public void unlock(long id) {
		UserAccount account = require(id);
		account.unlock();
		audit.record(AuditAction.ACCOUNT_UNLOCKED, "user:" + account.getUsername(), null);
	}

	@Transactional
	public void setEnabled(long id, boolean enabled) {
		UserAccount account = require(id);
		if (account.isEnabled() != enabled) {
			account.enable(enabled);
			audit.record(AuditAction.UPDATE, "user:" + account.getUsername(), enabled ? "enabled" : "disabled");
		}
	}

	private UserAccount require(long id) {
		return accounts.findById(id).orElseThrow(() -> new AccountException("id", "security.user.notFound"));
	}

	private void checkStrength(String username, String password) {
		if (password == null || password.length() < settings.minimumPasswordLength()) {
			throw new AccountException("password", "security.password.tooShort");
		}
		if (password.toLowerCase().contains(username.toLowerCase())) {
			throw new AccountException("password", "security.password.containsUsername");
		}
	}

	/** A refused account change: the form field it concerns and the message key saying why. */
	public static class AccountException extends RuntimeException {

		private final String field;

		public AccountException(String field, String messageKey) {
			super(messageKey);
			this.field = field;
		}

		public String field() {
			return field;
		}

		public String messageKey() {
			return getMessage();
		}

	}

}
