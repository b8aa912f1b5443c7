package org.liaison.security.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.liaison.security.ApiToken;
import org.liaison.security.ApiTokenService;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates REST API requests that carry {@code Authorization: Bearer <token>}: an active token
 * becomes the request's authentication, with its role's authority; an unknown or revoked one is
 * refused at once with 401. Requests without a bearer token go on anonymously.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokenService tokens;

	private final ApiProblems problems;

	ApiTokenAuthenticationFilter(ApiTokenService tokens, ApiProblems problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		Optional<ApiToken> token = tokens.authenticate(header.substring(BEARER.length()).strip());
		if (token.isEmpty()) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
					"Bearer error=\"invalid_token\", error_description=\"The token is unknown or revoked\"");
			problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Invalid API token",
					"The bearer token is unknown or has been revoked.");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new TokenAuthentication(token.get()));
		SecurityContextHolder.setContext(context);
		chain.doFilter(request, response);
	}

	/** A request made with an API token: its name is the token's audit actor, its authority the token's role. */
	static final class TokenAuthentication extends AbstractAuthenticationToken {

		private final String actor;

		private final long tokenId;

		TokenAuthentication(ApiToken token) {
			super(List.of(new SimpleGrantedAuthority(token.getRole().authority())));
			this.actor = token.actor();
			this.tokenId = token.getId();
			setAuthenticated(true);
		}

		@Override
		public Object getCredentials() {
			return "";
		}

		@Override
		public Object getPrincipal() {
			return actor;
		}

		@Override
		public String getName() {
			return actor;
		}

		long tokenId() {
			return tokenId;
		}

	}

}
