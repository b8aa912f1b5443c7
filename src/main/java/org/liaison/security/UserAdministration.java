package org.liaison.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;

import org.liaison.common.Dependent;
import org.liaison.common.InUseException;
import org.liaison.common.StaleEditException;
import org.liaison.security.AccountService.AccountException;
import org.liaison.security.internal.AccountRepository;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do with accounts in the back office: a filtered, paged list; a new user with a
 * profile and an initial password they must change; profile and role edits with optimistic locking;
 * deletion refused while the user's name is in the history or the audit log. No administrator can take
 * away their own administrator role, disable or delete themselves. Every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class UserAdministration {

	/** Users on one page of the list. */
	public static final int PAGE_SIZE = 25;

	private final AccountRepository accounts;

	private final AccountService accountService;

	private final AuditLog audit;

	private final EntityManager entityManager;

	UserAdministration(AccountRepository accounts, AccountService accountService, AuditLog audit,
			EntityManager entityManager) {
		this.accounts = accounts;
		this.accountService = accountService;
		this.audit = audit;
		this.entityManager = entityManager;
	}

	/** A page (counted from 1) of users by username; a text in the username, display name or e-mail, a role. */
	public Page<UserAccount> search(String text, Role role, int page) {
		String pattern = (text == null || text.isBlank()) ? null
				: "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
						+ "%";
		return accounts.search(pattern, role, PageRequest.of(page - 1, PAGE_SIZE, Sort.by("username")));
	}

	/**
	 * A new user, who must choose their own password at first sign-in.
	 * @throws AccountException naming the field and message key of what is wrong; nothing is stored then
	 */
	@Transactional
	public UserAccount create(String username, String displayName, String email, Role role, String initialPassword) {
		checkEmail(email, null);
		UserAccount account = accountService.create(username, initialPassword, role, true);
		account.changeProfile(displayName, email);
		accounts.flush();
		return account;
	}

	/**
	 * Saves a profile and role edit made on {@code basedOnVersion} of the account, by {@code actor}.
	 * @throws StaleEditException when someone else saved the account since
	 */
	@Transactional
	public UserAccount update(long id, long basedOnVersion, String displayName, String email, Role role, String actor) {
		UserAccount account = require(id);
		StaleEditException.refuseIfStale("User " + id, basedOnVersion, account.getVersion());
		if (account.getUsername().equals(actor) && account.getRole() == Role.ADMINISTRATOR && role != Role.ADMINISTRATOR) {
			throw new AccountException("role", "security.users.ownRole");
		}
		checkEmail(email, id);
		List<String> changed = new ArrayList<>();
		if (!java.util.Objects.equals(blankToNull(displayName), account.getDisplayNameOrNull())) {
			changed.add("display name");
		}
		if (!java.util.Objects.equals(blankToNull(email), account.getEmail())) {
			changed.add("e-mail");
		}
		account.changeProfile(displayName, email);
		if (!changed.isEmpty()) {
			audit.record(AuditAction.UPDATE, "user:" + account.getUsername(), String.join(", ", changed));
		}
		if (account.getRole() != role) {
			Role before = account.getRole();
			account.changeRole(role);
			audit.record(AuditAction.ROLE_CHANGE, "user:" + account.getUsername(), before + " → " + role);
		}
		accounts.flush();
		return account;
	}

	/** Enables or disables an account; nobody disables themselves. */
	@Transactional
	public void setEnabled(long id, boolean enabled, String actor) {
		UserAccount account = require(id);
		if (!enabled && account.getUsername().equals(actor)) {
			throw new AccountException("enabled", "security.users.ownDisable");
		}
		accountService.setEnabled(id, enabled);
	}

	/** What keeps an account from being deleted: its name in the revision history and the audit log. */
	public List<Dependent> dependentsOf(UserAccount account) {
		long revisions = entityManager
			.createQuery("select count(r) from Revision r where r.username = :username", Long.class)
			.setParameter("username", account.getUsername())
			.getSingleResult();
		long events = entityManager
			.createQuery("select count(e) from AuditEvent e where e.actor = :username", Long.class)
			.setParameter("username", account.getUsername())
			.getSingleResult();
		List<Dependent> found = new ArrayList<>();
		if (revisions > 0) {
			found.add(new Dependent("security.users.kind.revisions", revisions, List.of()));
		}
		if (events > 0) {
			found.add(new Dependent("security.users.kind.auditEvents", events, List.of()));
		}
		return found;
	}

	/**
	 * Deletes an account no history names; otherwise disabling it is the way to keep it from signing in.
	 * @throws InUseException while its name is in the history or the audit log
	 */
	@Transactional
	public void delete(long id, String actor) {
		UserAccount account = require(id);
		if (account.getUsername().equals(actor)) {
			throw new AccountException("id", "security.users.ownDelete");
		}
		InUseException.refuseIfAny("User " + account.getUsername(), dependentsOf(account));
		accounts.delete(account);
		accounts.flush();
		audit.record(AuditAction.DELETE, "user:" + account.getUsername(), null);
	}

	private void checkEmail(String email, Long self) {
		if (email == null || email.isBlank()) {
			return;
		}
		if (!AccountService.EMAIL.matcher(email.strip()).matches()) {
			throw new AccountException("email", "security.user.email.invalid");
		}
		accounts.findByEmailIgnoreCase(email.strip()).filter(other -> !other.getId().equals(self)).ifPresent(other -> {
			throw new AccountException("email", "security.user.email.taken");
		});
	}

	private UserAccount require(long id) {
		return accounts.findById(id).orElseThrow(() -> new AccountException("id", "security.user.notFound"));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
