package org.liaison.admin;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.liaison.security.AccountService;
import org.liaison.security.LiaisonUser;
import org.liaison.security.Role;
import org.liaison.support.LiaisonIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * Every back-office and write endpoint, with every role and anonymously: allowed or denied as the
 * roles say. The table must name every such endpoint the application maps, so a new one cannot be
 * added without saying who may use it. Items that do not exist are used, so that nothing changes.
 */
@LiaisonIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationIntegrationTests {

	static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

	static final Set<Role> EDITORS = EnumSet.of(Role.ADMINISTRATOR, Role.EDITOR);

	static final Set<Role> ADMINISTRATORS = EnumSet.of(Role.ADMINISTRATOR);

	static final Set<Role> OFFICERS = EnumSet.of(Role.ADMINISTRATOR, Role.OFFICER);

	/** Vocabularies and terms tag content and work alike. */
	static final Set<Role> TAXONOMISTS = EnumSet.of(Role.ADMINISTRATOR, Role.OFFICER, Role.EDITOR);

	static final Set<Role> NOBODY = EnumSet.noneOf(Role.class);

	/** Paths authenticated by a bearer token instead of the session cookie: CSRF does not apply there. */
	static final List<String> TOKEN_PATHS = List.of("/internal/", "/api/");

	record Endpoint(HttpMethod method, String pattern, String example, Set<Role> allowed) {
	}

	static final List<Endpoint> ENDPOINTS = List.of(
			new Endpoint(HttpMethod.GET, "/admin", "/admin", EVERYONE),
			new Endpoint(HttpMethod.GET, "/admin/news", "/admin/news?q=x&status=DRAFT&sort=slug", EVERYONE),
			new Endpoint(HttpMethod.GET, "/admin/news/new", "/admin/news/new", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/news", "/admin/news", EDITORS),
			new Endpoint(HttpMethod.GET, "/admin/news/{id}", "/admin/news/999999", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/news/{id}", "/admin/news/999999", EDITORS),
			new Endpoint(HttpMethod.POST, "/admin/news/{id}/status", "/admin/news/999999/status?target=PUBLISHED&version=0",
					EDITORS),
			new Endpoint(HttpMethod.POST, "/admin/news/{id}/schedule",
					"/admin/news/999999/schedule?at=2099-01-01T09:00&zone=UTC&version=0", EDITORS),
			new Endpoint(HttpMethod.POST, "/admin/news/{id}/unschedule", "/admin/news/999999/unschedule?version=0",
					EDITORS),
			new Endpoint(HttpMethod.GET, "/admin/news/{id}/preview/{lang}", "/admin/news/999999/preview/en", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/news/{id}/image", "/admin/news/999999/image?version=0", EDITORS),
			new Endpoint(HttpMethod.POST, "/admin/news/{id}/image/delete", "/admin/news/999999/image/delete?version=0",
					EDITORS),
			new Endpoint(HttpMethod.POST, "/admin/news/{id}/related", "/admin/news/999999/related?op=save", EDITORS),
			new Endpoint(HttpMethod.GET, "/admin/related/search", "/admin/related/search?q=wazi", EVERYONE),
			new Endpoint(HttpMethod.GET, "/admin/news/{id}/delete", "/admin/news/999999/delete", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/news/{id}/delete", "/admin/news/999999/delete", EDITORS),
			new Endpoint(HttpMethod.GET, "/admin/news/{id}/history", "/admin/news/999999/history", EVERYONE),
			new Endpoint(HttpMethod.GET, "/admin/news/{id}/history/{revision}", "/admin/news/999999/history/1", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/news/{id}/history/{revision}/restore",
					"/admin/news/999999/history/1/restore", EDITORS),
			new Endpoint(HttpMethod.GET, "/admin/dialogues", "/admin/dialogues", EVERYONE),
			new Endpoint(HttpMethod.GET, "/admin/dialogues/{slug}/meetings/new",
					"/admin/dialogues/eu-australia-digital-dialogue/meetings/new", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/dialogues/{slug}/meetings",
					"/admin/dialogues/eu-australia-digital-dialogue/meetings?date=bad", OFFICERS),
			new Endpoint(HttpMethod.GET, "/admin/dialogues/{slug}/meetings/{number:\\d{1,9}}",
					"/admin/dialogues/eu-australia-digital-dialogue/meetings/2", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/dialogues/{slug}/meetings/{number:\\d{1,9}}/commitments",
					"/admin/dialogues/eu-australia-digital-dialogue/meetings/2/commitments?dueOn=bad", OFFICERS),
			new Endpoint(HttpMethod.GET, "/admin/dialogues/{slug}/meetings/{number:\\d{1,9}}/edit",
					"/admin/dialogues/eu-australia-digital-dialogue/meetings/2/edit", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/dialogues/{slug}/meetings/{number:\\d{1,9}}",
					"/admin/dialogues/eu-australia-digital-dialogue/meetings/2?date=bad", OFFICERS),
			new Endpoint(HttpMethod.GET, "/admin/dialogues/{slug}/briefing",
					"/admin/dialogues/eu-australia-digital-dialogue/briefing", EVERYONE),
			new Endpoint(HttpMethod.GET, "/admin/dialogues/{slug}/briefing.pdf",
					"/admin/dialogues/eu-australia-digital-dialogue/briefing.pdf", EVERYONE),
			new Endpoint(HttpMethod.GET, "/admin/commitments", "/admin/commitments?view=overdue", EVERYONE),
			new Endpoint(HttpMethod.GET, "/admin/partners/{slug}/briefing", "/admin/partners/australia/briefing",
					EVERYONE),
			new Endpoint(HttpMethod.GET, "/admin/partners/{slug}/briefing.pdf", "/admin/partners/australia/briefing.pdf",
					EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/commitments/{id:\\d{1,18}}/status",
					"/admin/commitments/999999/status?status=DONE", OFFICERS),
			// catalogue: partners, agreements, regions, vocabularies, terms, users
			new Endpoint(HttpMethod.GET, "/admin/partners", "/admin/partners?q=a&kind=COUNTRY&region=africa&status=PUBLISHED&sort=strategic_first", EVERYONE),
			new Endpoint(HttpMethod.GET, "/admin/partners/new", "/admin/partners/new?source=en", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/partners", "/admin/partners", OFFICERS),
			new Endpoint(HttpMethod.GET, "/admin/partners/{id:\\d{1,18}}", "/admin/partners/999999", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/partners/{id:\\d{1,18}}", "/admin/partners/999999", OFFICERS),
			new Endpoint(HttpMethod.POST, "/admin/partners/{id:\\d{1,18}}/status",
					"/admin/partners/999999/status?target=PUBLISHED&version=0", OFFICERS),
			new Endpoint(HttpMethod.POST, "/admin/partners/{id:\\d{1,18}}/schedule",
					"/admin/partners/999999/schedule?at=2099-01-01T09:00&zone=UTC&version=0", OFFICERS),
			new Endpoint(HttpMethod.POST, "/admin/partners/{id:\\d{1,18}}/unschedule",
					"/admin/partners/999999/unschedule?version=0", OFFICERS),
			new Endpoint(HttpMethod.GET, "/admin/partners/{id:\\d{1,18}}/preview/{lang}", "/admin/partners/999999/preview/en",
					EVERYONE),
			new Endpoint(HttpMethod.GET, "/admin/partners/{id:\\d{1,18}}/history", "/admin/partners/999999/history", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/partners/{id:\\d{1,18}}/history/{revision:\\d{1,18}}/restore",
					"/admin/partners/999999/history/1/restore", OFFICERS),
			new Endpoint(HttpMethod.GET, "/admin/partners/{id:\\d{1,18}}/delete", "/admin/partners/999999/delete", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/partners/{id:\\d{1,18}}/delete", "/admin/partners/999999/delete", OFFICERS),
			new Endpoint(HttpMethod.GET, "/admin/partners/{id:\\d{1,18}}/agreements/new", "/admin/partners/999999/agreements/new", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/partners/{id:\\d{1,18}}/agreements", "/admin/partners/999999/agreements", OFFICERS),
			new Endpoint(HttpMethod.GET, "/admin/agreements/{id:\\d{1,18}}", "/admin/agreements/999999", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/agreements/{id:\\d{1,18}}", "/admin/agreements/999999", OFFICERS),
			new Endpoint(HttpMethod.GET, "/admin/agreements/{id:\\d{1,18}}/delete", "/admin/agreements/999999/delete", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/agreements/{id:\\d{1,18}}/delete", "/admin/agreements/999999/delete", OFFICERS),
			new Endpoint(HttpMethod.GET, "/admin/regions", "/admin/regions?q=africa", EVERYONE),
			new Endpoint(HttpMethod.GET, "/admin/regions/new", "/admin/regions/new", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/regions", "/admin/regions", OFFICERS),
			new Endpoint(HttpMethod.GET, "/admin/regions/{id:\\d{1,18}}", "/admin/regions/999999", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/regions/{id:\\d{1,18}}", "/admin/regions/999999", OFFICERS),
			new Endpoint(HttpMethod.GET, "/admin/regions/{id:\\d{1,18}}/history", "/admin/regions/999999/history", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/regions/{id:\\d{1,18}}/history/{revision:\\d{1,18}}/restore",
					"/admin/regions/999999/history/1/restore", OFFICERS),
			new Endpoint(HttpMethod.GET, "/admin/regions/{id:\\d{1,18}}/delete", "/admin/regions/999999/delete", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/regions/{id:\\d{1,18}}/delete", "/admin/regions/999999/delete", OFFICERS),
			new Endpoint(HttpMethod.GET, "/admin/vocabularies", "/admin/vocabularies", EVERYONE),
			new Endpoint(HttpMethod.GET, "/admin/vocabularies/new", "/admin/vocabularies/new", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/vocabularies", "/admin/vocabularies", TAXONOMISTS),
			new Endpoint(HttpMethod.GET, "/admin/vocabularies/{id:\\d{1,18}}", "/admin/vocabularies/999999", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/vocabularies/{id:\\d{1,18}}", "/admin/vocabularies/999999", TAXONOMISTS),
			new Endpoint(HttpMethod.GET, "/admin/vocabularies/{id:\\d{1,18}}/history", "/admin/vocabularies/999999/history", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/vocabularies/{id:\\d{1,18}}/history/{revision:\\d{1,18}}/restore",
					"/admin/vocabularies/999999/history/1/restore", TAXONOMISTS),
			new Endpoint(HttpMethod.GET, "/admin/vocabularies/{id:\\d{1,18}}/delete", "/admin/vocabularies/999999/delete", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/vocabularies/{id:\\d{1,18}}/delete", "/admin/vocabularies/999999/delete", TAXONOMISTS),
			new Endpoint(HttpMethod.GET, "/admin/vocabularies/{id:\\d{1,18}}/terms/new", "/admin/vocabularies/999999/terms/new", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/vocabularies/{id:\\d{1,18}}/terms", "/admin/vocabularies/999999/terms", TAXONOMISTS),
			new Endpoint(HttpMethod.GET, "/admin/terms/{id:\\d{1,18}}", "/admin/terms/999999", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/terms/{id:\\d{1,18}}", "/admin/terms/999999", TAXONOMISTS),
			new Endpoint(HttpMethod.GET, "/admin/terms/{id:\\d{1,18}}/history", "/admin/terms/999999/history", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/terms/{id:\\d{1,18}}/history/{revision:\\d{1,18}}/restore",
					"/admin/terms/999999/history/1/restore", TAXONOMISTS),
			new Endpoint(HttpMethod.GET, "/admin/terms/{id:\\d{1,18}}/delete", "/admin/terms/999999/delete", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/terms/{id:\\d{1,18}}/delete", "/admin/terms/999999/delete", TAXONOMISTS),
			new Endpoint(HttpMethod.GET, "/admin/users", "/admin/users?q=authz&role=EDITOR", ADMINISTRATORS),
			new Endpoint(HttpMethod.GET, "/admin/users/new", "/admin/users/new", ADMINISTRATORS),
			new Endpoint(HttpMethod.POST, "/admin/users", "/admin/users", ADMINISTRATORS),
			new Endpoint(HttpMethod.GET, "/admin/users/{id:\\d{1,18}}", "/admin/users/999999", ADMINISTRATORS),
			new Endpoint(HttpMethod.POST, "/admin/users/{id:\\d{1,18}}", "/admin/users/999999", ADMINISTRATORS),
			new Endpoint(HttpMethod.POST, "/admin/users/{id:\\d{1,18}}/password", "/admin/users/999999/password", ADMINISTRATORS),
			new Endpoint(HttpMethod.POST, "/admin/users/{id:\\d{1,18}}/enabled", "/admin/users/999999/enabled?enabled=false", ADMINISTRATORS),
			new Endpoint(HttpMethod.POST, "/admin/users/{id:\\d{1,18}}/unlock", "/admin/users/999999/unlock", ADMINISTRATORS),
			new Endpoint(HttpMethod.GET, "/admin/users/{id:\\d{1,18}}/delete", "/admin/users/999999/delete", ADMINISTRATORS),
			new Endpoint(HttpMethod.POST, "/admin/users/{id:\\d{1,18}}/delete", "/admin/users/999999/delete", ADMINISTRATORS),
			new Endpoint(HttpMethod.GET, "/admin/imports", "/admin/imports", OFFICERS),
			new Endpoint(HttpMethod.POST, "/admin/imports", "/admin/imports", OFFICERS),
			new Endpoint(HttpMethod.GET, "/admin/imports/{id}", "/admin/imports/no-such-job", OFFICERS),
			new Endpoint(HttpMethod.GET, "/admin/imports/{id}/status", "/admin/imports/no-such-job/status", OFFICERS),
			// the import command's hand-off: its bearer token, never a role, lets a caller in
			new Endpoint(HttpMethod.POST, "/internal/imports", "/internal/imports?kind=cordis&path=/nowhere", NOBODY),
			new Endpoint(HttpMethod.GET, "/admin/programmes", "/admin/programmes", EVERYONE),
			new Endpoint(HttpMethod.GET, "/admin/programmes/new", "/admin/programmes/new", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/programmes", "/admin/programmes", OFFICERS),
			new Endpoint(HttpMethod.GET, "/admin/programmes/{id}", "/admin/programmes/999999", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/programmes/{id}", "/admin/programmes/999999", OFFICERS),
			new Endpoint(HttpMethod.GET, "/admin/programmes/{id}/history", "/admin/programmes/999999/history", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/programmes/{id}/history/{revision}/restore", "/admin/programmes/999999/history/1/restore",
					OFFICERS),
			new Endpoint(HttpMethod.POST, "/admin/programmes/{id}/budget-lines", "/admin/programmes/999999/budget-lines", OFFICERS),
			new Endpoint(HttpMethod.POST, "/admin/programmes/{id}/budget-lines/{line}/delete", "/admin/programmes/999999/budget-lines/1/delete", OFFICERS),
			new Endpoint(HttpMethod.GET, "/admin/programmes/{id}/delete", "/admin/programmes/999999/delete", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/programmes/{id}/delete", "/admin/programmes/999999/delete", OFFICERS),
			new Endpoint(HttpMethod.GET, "/admin/projects", "/admin/projects?q=zz&programme=horizon-2020&country=KE&status=ONGOING&publication=DRAFT&year=2019&sort=acronym", EVERYONE),
			new Endpoint(HttpMethod.GET, "/admin/projects/new", "/admin/projects/new", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/projects", "/admin/projects", OFFICERS),
			new Endpoint(HttpMethod.GET, "/admin/projects/{id}", "/admin/projects/999999", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/projects/{id}", "/admin/projects/999999", OFFICERS),
			new Endpoint(HttpMethod.POST, "/admin/projects/{id}/status", "/admin/projects/999999/status?target=PUBLISHED&version=0",
					OFFICERS),
			new Endpoint(HttpMethod.POST, "/admin/projects/{id}/schedule",
					"/admin/projects/999999/schedule?at=2099-01-01T09:00&zone=UTC&version=0", OFFICERS),
			new Endpoint(HttpMethod.POST, "/admin/projects/{id}/unschedule", "/admin/projects/999999/unschedule?version=0",
					OFFICERS),
			new Endpoint(HttpMethod.GET, "/admin/projects/{id:\\d{1,18}}/preview/{lang}", "/admin/projects/999999/preview/en",
					EVERYONE),
			new Endpoint(HttpMethod.GET, "/admin/projects/{id}/history", "/admin/projects/999999/history", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/projects/{id}/history/{revision}/restore", "/admin/projects/999999/history/1/restore",
					OFFICERS),
			new Endpoint(HttpMethod.GET, "/admin/projects/{id}/delete", "/admin/projects/999999/delete", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/projects/{id}/delete", "/admin/projects/999999/delete", OFFICERS),
			new Endpoint(HttpMethod.GET, "/admin/organisations", "/admin/organisations?q=zz&country=KE", EVERYONE),
			new Endpoint(HttpMethod.GET, "/admin/organisations/new", "/admin/organisations/new", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/organisations", "/admin/organisations", OFFICERS),
			new Endpoint(HttpMethod.GET, "/admin/organisations/{id}", "/admin/organisations/999999", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/organisations/{id}", "/admin/organisations/999999", OFFICERS),
			new Endpoint(HttpMethod.GET, "/admin/organisations/{id}/history", "/admin/organisations/999999/history", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/organisations/{id}/history/{revision}/restore", "/admin/organisations/999999/history/1/restore",
					OFFICERS),
			new Endpoint(HttpMethod.GET, "/admin/organisations/{id}/delete", "/admin/organisations/999999/delete", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/organisations/{id}/delete", "/admin/organisations/999999/delete", OFFICERS),
			new Endpoint(HttpMethod.GET, "/admin/pages", "/admin/pages?q=zz&status=DRAFT", EVERYONE),
			new Endpoint(HttpMethod.GET, "/admin/pages/new", "/admin/pages/new", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/pages", "/admin/pages", EDITORS),
			new Endpoint(HttpMethod.GET, "/admin/pages/{id}", "/admin/pages/999999", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/pages/{id}", "/admin/pages/999999", EDITORS),
			new Endpoint(HttpMethod.POST, "/admin/pages/{id}/status", "/admin/pages/999999/status?target=PUBLISHED&version=0", EDITORS),
			new Endpoint(HttpMethod.POST, "/admin/pages/{id}/schedule",
					"/admin/pages/999999/schedule?at=2099-01-01T09:00&zone=UTC&version=0", EDITORS),
			new Endpoint(HttpMethod.POST, "/admin/pages/{id}/unschedule", "/admin/pages/999999/unschedule?version=0",
					EDITORS),
			new Endpoint(HttpMethod.POST, "/admin/pages/{id}/image", "/admin/pages/999999/image?version=0", EDITORS),
			new Endpoint(HttpMethod.POST, "/admin/pages/{id}/image/delete", "/admin/pages/999999/image/delete?version=0",
					EDITORS),
			new Endpoint(HttpMethod.GET, "/admin/pages/{id}/history", "/admin/pages/999999/history", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/pages/{id}/history/{revision}/restore", "/admin/pages/999999/history/1/restore", EDITORS),
			new Endpoint(HttpMethod.GET, "/admin/pages/{id}/delete", "/admin/pages/999999/delete", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/pages/{id}/delete", "/admin/pages/999999/delete", EDITORS),
			new Endpoint(HttpMethod.GET, "/admin/documents", "/admin/documents?q=zz&status=PUBLISHED", EVERYONE),
			new Endpoint(HttpMethod.GET, "/admin/documents/new", "/admin/documents/new", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/documents", "/admin/documents", EDITORS),
			new Endpoint(HttpMethod.GET, "/admin/documents/{id}", "/admin/documents/999999", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/documents/{id}", "/admin/documents/999999", EDITORS),
			new Endpoint(HttpMethod.POST, "/admin/documents/{id}/status", "/admin/documents/999999/status?target=PUBLISHED&version=0", EDITORS),
			new Endpoint(HttpMethod.POST, "/admin/documents/{id}/schedule",
					"/admin/documents/999999/schedule?at=2099-01-01T09:00&zone=UTC&version=0", EDITORS),
			new Endpoint(HttpMethod.POST, "/admin/documents/{id}/unschedule", "/admin/documents/999999/unschedule?version=0",
					EDITORS),
			new Endpoint(HttpMethod.GET, "/admin/documents/{id}/history", "/admin/documents/999999/history", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/documents/{id}/history/{revision}/restore", "/admin/documents/999999/history/1/restore", EDITORS),
			new Endpoint(HttpMethod.GET, "/admin/documents/{id}/delete", "/admin/documents/999999/delete", EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/documents/{id}/delete", "/admin/documents/999999/delete", EDITORS),
			new Endpoint(HttpMethod.GET, "/admin/audit", "/admin/audit?actor=nobody", ADMINISTRATORS),
			new Endpoint(HttpMethod.GET, "/admin/api-tokens", "/admin/api-tokens", ADMINISTRATORS),
			new Endpoint(HttpMethod.POST, "/admin/api-tokens", "/admin/api-tokens?name=x&role=VIEWER", ADMINISTRATORS),
			new Endpoint(HttpMethod.POST, "/admin/api-tokens/{id:\\d{1,18}}/revoke", "/admin/api-tokens/999999/revoke",
					ADMINISTRATORS),
			// The REST API's writes: a token's role decides, as a user's does (no body: nothing is written)
			new Endpoint(HttpMethod.POST, "/api/v1/projects", "/api/v1/projects", OFFICERS),
			new Endpoint(HttpMethod.PUT, "/api/v1/projects/{slug}", "/api/v1/projects/no-such-project", OFFICERS),
			new Endpoint(HttpMethod.DELETE, "/api/v1/projects/{slug}", "/api/v1/projects/no-such-project", OFFICERS),
			new Endpoint(HttpMethod.POST, "/api/v1/news", "/api/v1/news", EDITORS),
			new Endpoint(HttpMethod.PUT, "/api/v1/news/{slug}", "/api/v1/news/no-such-news", EDITORS),
			new Endpoint(HttpMethod.DELETE, "/api/v1/news/{slug}", "/api/v1/news/no-such-news", EDITORS),
			new Endpoint(HttpMethod.GET, "/account/password", "/account/password", EVERYONE),
			new Endpoint(HttpMethod.POST, "/account/password", "/account/password", EVERYONE),
			new Endpoint(HttpMethod.GET, "/account/calendar", "/account/calendar", EVERYONE),
			new Endpoint(HttpMethod.POST, "/account/calendar", "/account/calendar", EVERYONE),
			new Endpoint(HttpMethod.POST, "/account/calendar/revoke", "/account/calendar/revoke", EVERYONE),
			new Endpoint(HttpMethod.POST, "/account/language", "/account/language?language=xx", EVERYONE));

	@Autowired
	WebApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	AccountService accounts;

	MockMvc mvc;

	@BeforeAll
	void setUp() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		for (Role role : Role.values()) {
			String name = "authz-" + role.name().toLowerCase();
			if (accounts.byUsername(name).isEmpty()) {
				accounts.create(name, "a long enough password", role, false);
			}
		}
	}

	@Test
	void theTableNamesEveryBackOfficeAndWriteEndpoint() {
		Set<String> mapped = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (pattern.equals("/error")) {
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? EnumSet.allOf(RequestMethod.class) : methods) {
					boolean write = method != RequestMethod.GET && method != RequestMethod.HEAD
							&& method != RequestMethod.OPTIONS;
					if (write || pattern.startsWith("/admin") || pattern.startsWith("/account")) {
						mapped.add(method + " " + pattern);
					}
				}
			}
		}
		Set<String> listed = new TreeSet<>();
		ENDPOINTS.forEach(e -> listed.add(e.method().name() + " " + e.pattern()));
		assertThat(listed).isEqualTo(mapped);
	}

	@Test
	void eachRoleReachesExactlyWhatItMay() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Endpoint endpoint : ENDPOINTS) {
			MockHttpServletResponse anonymous = mvc.perform(request(endpoint).with(csrf())).andReturn().getResponse();
			if (!deniedToAnonymous(anonymous)) {
				wrong.add("anonymous reached " + endpoint.method() + " " + endpoint.example() + ": " + anonymous.getStatus());
			}
			for (Role role : Role.values()) {
				LiaisonUser user = LiaisonUser.of(accounts.byUsername("authz-" + role.name().toLowerCase()).orElseThrow());
				MockHttpServletResponse response = mvc.perform(request(endpoint).with(user(user)).with(csrf()))
					.andReturn()
					.getResponse();
				boolean allowed = response.getStatus() != 403 && response.getStatus() != 401
						&& !String.valueOf(response.getRedirectedUrl()).endsWith("/login");
				if (allowed != endpoint.allowed().contains(role)) {
					wrong.add(role + (allowed ? " reached " : " was refused ") + endpoint.method() + " "
							+ endpoint.example() + ": " + response.getStatus());
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void writesWithoutCsrfTokenAreRefusedEvenToAdministrators() throws Exception {
		LiaisonUser admin = LiaisonUser.of(accounts.byUsername("authz-administrator").orElseThrow());
		for (Endpoint endpoint : ENDPOINTS) {
			// bearer-token endpoints (REST API, import hand-off): no cookie authenticates there, so no CSRF token
			if (endpoint.method() == HttpMethod.POST && TOKEN_PATHS.stream().noneMatch(endpoint.pattern()::startsWith)) {
				int status = mvc.perform(request(endpoint).with(user(admin))).andReturn().getResponse().getStatus();
				assertThat(status).as(endpoint.example()).isEqualTo(403);
			}
		}
	}

	static boolean deniedToAnonymous(MockHttpServletResponse response) {
		return response.getStatus() == 401 || response.getStatus() == 403
				|| (response.getStatus() == 302 && String.valueOf(response.getRedirectedUrl()).endsWith("/login"));
	}

	static MockHttpServletRequestBuilder request(Endpoint endpoint) {
		return MockMvcRequestBuilders.request(endpoint.method(), endpoint.example());
	}

}
