package org.liaison.api;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.liaison.security.ApiTokenService;
import org.liaison.security.Role;
import org.liaison.support.LiaisonIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous clients are limited to 5 requests an hour here (the write tests' context, whose requests
 * all carry tokens); past it, 429 with Retry-After as problem+json, while token holders go on.
 */
@LiaisonIntegrationTest
@TestPropertySource(properties = { "liaison.api.rate-limit=5", "liaison.api.rate-period=1h" })
class ApiRateLimitIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApiTokenService tokens;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void limitsAnonymousClientsAndSparesTokenHolders() {
		ApiClient api = new ApiClient(port);
		HttpResponse<String> response = api.get("/api/v1/regions");
		int remaining = Integer.parseInt(response.headers().firstValue("RateLimit-Remaining").orElseThrow());
		assertThat(response.headers().firstValue("RateLimit-Limit")).hasValue("5");
		assertThat(remaining).isBetween(0, 4);
		if (response.statusCode() == 200) {
			for (int i = remaining; i > 0; i--) {
				HttpResponse<String> allowed = api.get("/api/v1/regions");
				assertThat(allowed.statusCode()).isEqualTo(200);
				assertThat(allowed.headers().firstValue("RateLimit-Remaining")).hasValue(String.valueOf(i - 1));
			}
		}
		HttpResponse<String> refused = api.get("/api/v1/regions");
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
		assertThat(retryAfter).isBetween(1L, 3600L);
		JsonNode problem = json.readTree(refused.body());
		assertThat(problem.get("status").asInt()).isEqualTo(429);
		assertThat(problem.get("detail").asString()).contains("5 requests per 1h");

		String token = tokens.create("rate-limit.viewer", Role.VIEWER).secret();
		for (int i = 0; i < 8; i++) {
			assertThat(api.get("/api/v1/regions", "Authorization", "Bearer " + token).statusCode()).isEqualTo(200);
		}
		assertThat(api.get("/api/v1/regions").statusCode()).as("still limited").isEqualTo(429);
		assertThat(api.get("/en/").statusCode()).as("the portal is not limited").isEqualTo(200);
	}

}
