package org.liaison.admin;

import java.util.List;

import org.liaison.security.LiaisonUser;
import org.liaison.security.Role;

import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every back-office page shows around its content: who is signed in, the sections their role
 * opens, and the CSRF token each of its forms sends.
 */
public record AdminFrame(LiaisonUser user, CsrfToken csrf, List<AdminSection> sections) {

	public static AdminFrame of(LiaisonUser user, CsrfToken csrf) {
		return new AdminFrame(user, csrf, AdminSection.ALL.stream().filter(s -> s.readableBy(user.role())).toList());
	}

	/** Whether the signed-in user may change items of a section. */
	public boolean mayWrite(String section) {
		return AdminSection.ALL.stream().anyMatch(s -> s.key().equals(section) && s.writableBy(user.role()));
	}

	public Role role() {
		return user.role();
	}

}
