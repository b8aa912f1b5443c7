package org.liaison.security;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user, as kept in the session. */
public record LiaisonUser(long id, String username, String password, Role role, boolean enabled, boolean locked,
		boolean mustChangePassword) implements UserDetails {

	@Serial
	private static final long serialVersionUID = 1L;

	public static LiaisonUser of(UserAccount account) {
		return new LiaisonUser(account.getId(), account.getUsername(), account.getPasswordHash(), account.getRole(),
				account.isEnabled(), account.isLockedAt(Instant.now()), account.isMustChangePassword());
	}

	/** The signed-in user of this request, if any. */
	public static java.util.Optional<LiaisonUser> current() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof LiaisonUser user)
				? java.util.Optional.of(user) : java.util.Optional.empty();
	}

	/**
	 * Whether the current request comes from staff: a signed-in user, or a caller of the REST API
	 * with an API token (any role). Never an anonymous visitor.
	 */
	public static boolean currentIsStaff() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken);
	}

	/** This user, once the password has been changed. */
	public LiaisonUser withPasswordChanged() {
		return new LiaisonUser(id, username, null, role, enabled, locked, false);
	}

	public boolean may(Role... roles) {
		for (Role candidate : roles) {
			if (candidate == role) {
				return true;
			}
		}
		return role == Role.ADMINISTRATOR;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public String getPassword() {
		return password;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public String toString() {
		return "LiaisonUser[" + username + ", " + role + "]";
	}

}
