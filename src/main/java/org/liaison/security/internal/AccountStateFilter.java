package org.liaison.security.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.liaison.security.LiaisonUser;
import org.liaison.security.UserAccount;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What an administrator changes about an account takes effect on that user's next back-office request,
 * not at their next sign-in: a disabled or deleted account's session ends, a changed role replaces the
 * one the session was signed in with. One look-up by primary key per back-office request.
 */
class AccountStateFilter extends OncePerRequestFilter {

	private final AccountRepository accounts;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	AccountStateFilter(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI();
		Optional<LiaisonUser> signedIn = LiaisonUser.current();
		if (signedIn.isEmpty() || !(path.equals("/admin") || path.startsWith("/admin/") || path.startsWith("/account/"))) {
			chain.doFilter(request, response);
			return;
		}
		LiaisonUser user = signedIn.get();
		Optional<UserAccount> account = accounts.findById(user.id());
		if (account.isEmpty() || !account.get().isEnabled()) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			response.sendRedirect("/login?signedOut");
			return;
		}
		UserAccount current = account.get();
		if (current.getRole() != user.role() || (current.isMustChangePassword() && !user.mustChangePassword())) {
			LiaisonUser refreshed = LiaisonUser.of(current);
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(refreshed, null,
					refreshed.getAuthorities()));
			SecurityContextHolder.setContext(context);
			contexts.saveContext(context, request, response);
		}
		chain.doFilter(request, response);
	}

}
