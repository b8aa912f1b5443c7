package org.liaison.security.internal;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.liaison.security.AccountService;
import org.liaison.security.AuditAction;
import org.liaison.security.AuditLog;
import org.liaison.security.LiaisonUser;
import org.liaison.security.Role;
import org.liaison.security.UserAccount;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Sign-in through an OpenID provider. The user's role comes from one claim through the configured
 * mapping; a user whose claim maps to no role is refused. A signed-in user gets a Liaison account
 * named {@code sso.<preferred username>} (created at first sign-in, its role updated at each), so the
 * back office, the audit log and the revisions name them like any other user.
 */
final class OidcSignIn {

	/** Account names of single sign-on users start with this. */
	static final String PREFIX = "sso.";

	private final OidcSettings settings;

	private final Map<String, Role> roles;

	private final AccountService accounts;

	private final AuditLog audit;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	OidcSignIn(OidcSettings settings, AccountService accounts, AuditLog audit) {
		this.settings = settings;
		this.roles = settings.roles();
		this.accounts = accounts;
		this.audit = audit;
	}

	ClientRegistrationRepository registrations() {
		ClientRegistration registration = ClientRegistrations.fromIssuerLocation(settings.issuerUri().strip())
			.registrationId(OidcSettings.REGISTRATION)
			.clientId(settings.clientId())
			.clientSecret(settings.clientSecret())
			.scope("openid", "profile", "email")
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.clientName(settings.name())
			.build();
		return new InMemoryClientRegistrationRepository(registration);
	}

	/**
	 * Exchanges the code for tokens through the JDK's HTTP client, whatever other HTTP client a class
	 * path may hold (RestClient would otherwise pick one by itself).
	 */
	org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient tokens() {
		var client = new org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient();
		client.setRestClient(org.springframework.web.client.RestClient.builder()
			.requestFactory(new org.springframework.http.client.JdkClientHttpRequestFactory())
			.messageConverters(converters -> {
				converters.clear();
				converters.add(new org.springframework.http.converter.FormHttpMessageConverter());
				converters.add(new org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter());
			})
			.defaultStatusHandler(new org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler())
			.build());
		return client;
	}

	/** Loads the user as the provider describes them, refusing one whose claim gives no role. */
	OAuth2UserService<OidcUserRequest, OidcUser> users() {
		OidcUserService delegate = new OidcUserService();
		return request -> {
			OidcUser user = delegate.loadUser(request);
			if (roleOf(user) == null) {
				String name = usernameOf(user);
				audit.record(name, AuditAction.SIGN_IN_FAILED, "user:" + name, "single sign-on: claim '"
						+ settings.rolesClaim() + "' = " + user.getClaims().get(settings.rolesClaim()) + " maps to no role");
				throw new OAuth2AuthenticationException(new OAuth2Error("access_denied",
						"Your account at " + settings.name() + " gives no role in Liaison", null));
			}
			return user;
		};
	}

	/** Replaces the OpenID authentication by the Liaison user's, in the session, and opens the back office. */
	void succeeded(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException {
		OidcUser user = (OidcUser) authentication.getPrincipal();
		Role role = roleOf(user);
		String username = usernameOf(user);
		UserAccount account = accounts.byUsername(username).orElseGet(() -> accounts.create(username,
				UUID.randomUUID().toString(), role, false));
		if (account.getRole() != role) {
			accounts.changeRole(account.getId(), role);
			account = accounts.byUsername(username).orElseThrow();
		}
		LiaisonUser signedIn = LiaisonUser.of(account);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(signedIn, null,
				signedIn.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		audit.record(username, AuditAction.SIGN_IN, "user:" + username, "single sign-on through " + settings.name()
				+ " (subject " + user.getSubject() + "), role " + role);
		response.sendRedirect("/admin");
	}

	void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		response.sendRedirect("/login?ssoRefused");
	}

	/** The strongest role the user's claim values map to, or null. */
	Role roleOf(OidcUser user) {
		Object claim = user.getClaims().get(settings.rolesClaim());
		Collection<?> values = (claim instanceof Collection<?> many) ? many : (claim == null) ? List.of() : List.of(claim);
		Role strongest = null;
		for (Object value : values) {
			Role role = roles.get(String.valueOf(value));
			if (role != null && (strongest == null || role.ordinal() < strongest.ordinal())) {
				strongest = role;
			}
		}
		return strongest;
	}

	static String usernameOf(OidcUser user) {
		String name = (user.getPreferredUsername() != null) ? user.getPreferredUsername()
				: (user.getEmail() != null) ? user.getEmail() : user.getSubject();
		String cleaned = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
		String username = PREFIX + cleaned;
		return (username.length() > 60) ? username.substring(0, 60) : username;
	}

}
