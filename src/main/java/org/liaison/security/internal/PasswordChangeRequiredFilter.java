package org.liaison.security.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.liaison.security.LiaisonUser;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user whose password must be changed (the first administrator, or after an administrator reset
 * it) reaches nothing of the back office until they have chosen their own.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

	static final String PASSWORD_PAGE = "/account/password";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI();
		boolean mustChange = LiaisonUser.current().map(LiaisonUser::mustChangePassword).orElse(false);
		if (mustChange && (path.equals("/admin") || path.startsWith("/admin/"))) {
			response.sendRedirect(PASSWORD_PAGE);
			return;
		}
		chain.doFilter(request, response);
	}

}
