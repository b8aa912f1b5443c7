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
			new Endpoint(HttpMethod.GET, "/admin/commitments", "/admin/commitments?view=overdue", EVERYONE),
			new Endpoint(HttpMethod.GET, "/admin/partners/{slug}/briefing", "/admin/partners/australia/briefing",
					EVERYONE),
			new Endpoint(HttpMethod.GET, "/admin/partners/{slug}/briefing.pdf", "/admin/partners/australia/briefing.pdf",
					EVERYONE),
			new Endpoint(HttpMethod.POST, "/admin/commitments/{id:\\d{1,18}}/status",
					"/admin/commitments/999999/status?status=DONE", OFFICERS),
			new Endpoint(HttpMethod.GET, "/admin/audit", "/admin/audit?actor=nobody", ADMINISTRATORS),
			new Endpoint(HttpMethod.GET, "/account/password", "/account/password", EVERYONE),
			new Endpoint(HttpMethod.POST, "/account/password", "/account/password", EVERYONE));

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
			if (endpoint.method() == HttpMethod.POST) {
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
