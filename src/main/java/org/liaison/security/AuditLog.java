package org.liaison.security;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import org.liaison.security.internal.AuditEventRepository;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only audit log: sign-ins, failures, locks, creates, updates, deletes, publishes, role
 * changes — who, when, from where, what. An event recorded inside a change's transaction is kept
 * only if the change is.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

	/** Events on one page of the audit log. */
	public static final int PAGE_SIZE = 50;

	private final AuditEventRepository events;

	AuditLog(AuditEventRepository events) {
		this.events = events;
	}

	/** Records an action of the signed-in user (or of the system, outside a request). */
	@Transactional
	public AuditEvent record(AuditAction action, String target, String details) {
		return record(currentActor(), action, target, details);
	}

	/** Records an action of a named actor, such as a user whose sign-in failed. */
	@Transactional
	public AuditEvent record(String actor, AuditAction action, String target, String details) {
		return events.save(new AuditEvent(Instant.now(), clip(actor, 60), clip(remoteAddress(), 64), action,
				clip(target, 200), clip(details, 2000)));
	}

	/** A page (counted from 1) of events, latest first; null filters match everything. */
	public Page<AuditEvent> search(String actor, AuditAction action, String target, int page) {
		return events.search(blankToNull(actor), action, blankToNull(target), PageRequest.of(page - 1, PAGE_SIZE));
	}

	/** The signed-in user's name, or {@code system} outside a signed-in request. */
	public static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| "anonymousUser".equals(authentication.getPrincipal())) {
			return "system";
		}
		return authentication.getName();
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static String clip(String value, int length) {
		return (value == null || value.length() <= length) ? value : value.substring(0, length);
	}

}
