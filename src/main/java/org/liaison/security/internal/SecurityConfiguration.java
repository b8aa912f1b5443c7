package org.liaison.security.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.liaison.security.AuditAction;
import org.liaison.security.AuditLog;
import org.liaison.security.LiaisonUser;
import org.liaison.security.Role;
import org.liaison.security.SecuritySettings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. The public portal stays open to everyone for reading; the back office at
 * {@code /admin} needs a signed-in user whose role allows the section and, for writes, the change.
 * Every response carries the security headers; every form needs its CSRF token.
 */
// Commands (import, reindex) run the same application without a web server: no filter chain then.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration
@EnableConfigurationProperties({ SecuritySettings.class, OidcSettings.class })
class SecurityConfiguration {

	/** No inline script or style anywhere: the templates use none, and must keep it so. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	private static final String[] PUBLIC_READS = { "/", "/{lang:[a-z]{2,3}}", "/{lang:[a-z]{2,3}}/**", "/css/**",
			"/js/**", "/images/**", "/media/**", "/webjars/**", "/favicon.svg", "/actuator/health", "/actuator/health/**", "/actuator/info",
			"/api/v1/**", "/opendata/**", "/feeds/**", "/sitemap.xml", "/robots.txt", "/calendar.ics", "/calendar/**",
			"/login" };

	private static final String[] EDITOR_SECTIONS = { "/admin/news/**", "/admin/pages/**", "/admin/documents/**" };

	private static final String[] OFFICER_SECTIONS = { "/admin/partners/**", "/admin/agreements/**",
			"/admin/dialogues/**", "/admin/meetings/**", "/admin/commitments/**", "/admin/projects/**",
			"/admin/programmes/**", "/admin/organisations/**" };

	@Bean
	SecurityFilterChain filterChain(HttpSecurity http, SignInAttempts attempts, AuditLog audit,
			SecuritySettings settings, OidcSettings oidc, org.liaison.security.AccountService accounts)
			throws Exception {
		if (oidc.enabled()) {
			OidcSignIn sso = new OidcSignIn(oidc, accounts, audit);
			http.oauth2Login(login -> login.loginPage("/login")
				.clientRegistrationRepository(sso.registrations())
				.tokenEndpoint(token -> token.accessTokenResponseClient(sso.tokens()))
				.userInfoEndpoint(info -> info.oidcUserService(sso.users()))
				.successHandler(sso::succeeded)
				.failureHandler(sso::failed));
		}
		RequestMatcher privatePages = new OrRequestMatcher(path("/admin/**"), path("/login"), path("/account/**"));
		HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
		requestCache.setMatchingRequestParameterName(null);
		requestCache.setRequestMatcher(new OrRequestMatcher(
				PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/admin"),
				PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/admin/**")));
		SavedRequestAwareAuthenticationSuccessHandler afterSignIn = new SavedRequestAwareAuthenticationSuccessHandler();
		afterSignIn.setDefaultTargetUrl("/admin");
		afterSignIn.setRequestCache(requestCache);
		String admin = Role.ADMINISTRATOR.name();
		http.authorizeHttpRequests(authorize -> authorize
			.requestMatchers("/error").permitAll()
			.requestMatchers("/admin/users/**", "/admin/users", "/admin/audit", "/admin/audit/**").hasRole(admin)
			.requestMatchers(HttpMethod.POST, EDITOR_SECTIONS).hasAnyRole(admin, Role.EDITOR.name())
			.requestMatchers(HttpMethod.POST, OFFICER_SECTIONS).hasAnyRole(admin, Role.OFFICER.name())
			.requestMatchers(HttpMethod.GET, "/admin", "/admin/**").hasAnyRole(roleNames())
			.requestMatchers("/admin", "/admin/**").denyAll()
			.requestMatchers("/account/**").authenticated()
			.requestMatchers(HttpMethod.GET, PUBLIC_READS).permitAll()
			.requestMatchers(HttpMethod.HEAD, PUBLIC_READS).permitAll()
			.anyRequest().denyAll())
			.formLogin(form -> form.loginPage("/login")
				.successHandler((request, response, authentication) -> {
					attempts.succeeded(authentication.getName());
					if (authentication.getPrincipal() instanceof LiaisonUser user && user.mustChangePassword()) {
						response.sendRedirect("/account/password");
						return;
					}
					afterSignIn.onAuthenticationSuccess(request, response, authentication);
				})
				.failureHandler((request, response, exception) -> signInFailed(attempts, request, response, exception))
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout")
				.addLogoutHandler((request, response, authentication) -> {
					if (authentication != null) {
						audit.record(authentication.getName(), AuditAction.SIGN_OUT, "user:" + authentication.getName(),
								null);
					}
				})
				.logoutSuccessUrl("/login?signedOut")
				.permitAll())
			.requestCache(cache -> cache.requestCache(requestCache))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.addFilterBefore(new PasswordChangeRequiredFilter(), AuthorizationFilter.class)
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
				// public pages may be cached; the back office and sign-in pages never
				.cacheControl(cache -> cache.disable())
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(privatePages, new CacheControlHeadersWriter())));
		return http.build();
	}

	private static void signInFailed(SignInAttempts attempts, HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String username = request.getParameter("username");
		if (exception instanceof LockedException) {
			attempts.refusedWhileLocked(username);
		}
		else {
			long pause = attempts.failed(username).toMillis();
			if (pause > 0) {
				try {
					Thread.sleep(pause);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		}
		response.sendRedirect("/login?error");
	}

	private static RequestMatcher path(String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(pattern);
	}

	private static String[] roleNames() {
		return java.util.Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);
	}

}
