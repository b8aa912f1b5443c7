package org.liaison.security.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.liaison.security.ApiTokenService;
import org.liaison.security.AuditAction;
import org.liaison.security.AuditLog;
import org.liaison.security.LiaisonUser;
import org.liaison.security.Role;
import org.liaison.security.SecuritySettings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
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
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
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

	/**
	 * Swagger UI (from the springdoc jar) sets one inline style; its pages alone may use inline
	 * styles. Scripts stay 'self' only (ADR 23).
	 */
	static final String SWAGGER_UI_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY
		.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';");

	private static final String[] PUBLIC_READS = { "/", "/{lang:[a-z]{2,3}}", "/{lang:[a-z]{2,3}}/**", "/css/**",
			"/js/**", "/webjars/**", "/images/**", "/media/**", "/favicon.svg", "/actuator/health", "/actuator/health/**", "/actuator/info",
			"/api/v1/**", "/opendata/**", "/feeds/**", "/sitemap.xml", "/sitemap-*.xml", "/robots.txt", "/calendar.ics", "/calendar/**",
			"/login", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**" };

	private static final String[] EDITOR_SECTIONS = { "/admin/news/**", "/admin/pages/**", "/admin/documents/**" };

	private static final String[] OFFICER_SECTIONS = { "/admin/partners/**", "/admin/agreements/**",
			"/admin/dialogues/**", "/admin/meetings/**", "/admin/commitments/**", "/admin/projects/**",
			"/admin/programmes/**", "/admin/organisations/**", "/admin/regions/**", "/admin/imports",
			"/admin/imports/**" };

	/** Vocabularies and terms tag both content (editors) and partners' and projects' work (officers). */
	private static final String[] TAXONOMY_SECTIONS = { "/admin/vocabularies/**", "/admin/terms/**" };

	/**
	 * The REST API: stateless, no session and no CSRF token (no cookie authenticates here), a bearer
	 * token for writes, whose role bounds what it may change; refusals as problem+json.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokenService tokens, JsonMapper json) throws Exception {
		ApiProblems problems = new ApiProblems(json);
		String admin = Role.ADMINISTRATOR.name();
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(authorize -> authorize
				.requestMatchers(HttpMethod.GET, "/api/**").permitAll()
				.requestMatchers(HttpMethod.HEAD, "/api/**").permitAll()
				.requestMatchers("/api/v1/projects", "/api/v1/projects/**").hasAnyRole(admin, Role.OFFICER.name())
				.requestMatchers("/api/v1/news", "/api/v1/news/**").hasAnyRole(admin, Role.EDITOR.name())
				.anyRequest().denyAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.addFilterBefore(new ApiTokenAuthenticationFilter(tokens, problems), AuthorizationFilter.class)
			.exceptionHandling(exceptions -> exceptions
				.authenticationEntryPoint((request, response, exception) -> {
					response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
					problems.write(request, response, 401, "Authentication required",
							"This request needs an API token: Authorization: Bearer <token>.");
				})
				.accessDeniedHandler((request, response, exception) -> problems.write(request, response, 403,
						"Not allowed", "This API token's role may not " + request.getMethod() + " "
								+ request.getRequestURI() + ".")))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
				// answers carry ETags; clients revalidate with If-None-Match
				.cacheControl(cache -> cache.disable()));
		return http.build();
	}

	/**
	 * The import hand-off ({@code /internal/imports}): called by the {@code import} command, not a
	 * browser, with the server's import token, which its controller checks. No session, no CSRF
	 * (nothing here rides on cookies); the security headers as everywhere.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain importHandOffChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/internal/imports", "/internal/imports/**")
			.authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain filterChain(HttpSecurity http, SignInAttempts attempts, AuditLog audit,
			SecuritySettings settings, AccountRepository accounts, OidcSettings oidc,
			org.liaison.security.AccountService accountService) throws Exception {
		if (oidc.enabled()) {
			OidcSignIn sso = new OidcSignIn(oidc, accountService, audit);
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
		RequestMatcher swaggerUi = path("/swagger-ui/**");
		http.authorizeHttpRequests(authorize -> authorize
			.requestMatchers("/error").permitAll()
			.requestMatchers("/admin/users/**", "/admin/users", "/admin/audit", "/admin/audit/**", "/admin/api-tokens",
					"/admin/api-tokens/**").hasRole(admin)
			.requestMatchers(HttpMethod.POST, EDITOR_SECTIONS).hasAnyRole(admin, Role.EDITOR.name())
			.requestMatchers(HttpMethod.POST, OFFICER_SECTIONS).hasAnyRole(admin, Role.OFFICER.name())
			.requestMatchers(HttpMethod.POST, TAXONOMY_SECTIONS).hasAnyRole(admin, Role.OFFICER.name(), Role.EDITOR.name())
			.requestMatchers(HttpMethod.GET, "/admin/imports", "/admin/imports/**").hasAnyRole(admin, Role.OFFICER.name())
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
			.addFilterBefore(new AccountStateFilter(accounts), AuthorizationFilter.class)
			.addFilterBefore(new PasswordChangeRequiredFilter(), AuthorizationFilter.class)
			.headers(headers -> headers
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swaggerUi),
						new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swaggerUi,
						new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_CONTENT_SECURITY_POLICY)))
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
