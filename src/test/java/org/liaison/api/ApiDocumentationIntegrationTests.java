package org.liaison.api;

import java.lang.reflect.Parameter;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.liaison.support.LiaisonIntegrationTest;
import org.liaison.support.PortalClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document names every endpoint under /api/ with its parameters; Swagger UI is served from the jar. */
@LiaisonIntegrationTest
class ApiDocumentationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void documentsEveryApiEndpointWithItsParameters() {
		HttpResponse<String> response = new PortalClient(port).fetch("/v3/api-docs");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode document = json.readTree(response.body());
		assertThat(document.get("openapi").asString()).startsWith("3.1");
		JsonNode paths = document.get("paths");
		List<String> missing = new ArrayList<>();
		int endpoints = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			for (String pattern : entry.getKey().getPatternValues()) {
				if (!pattern.startsWith("/api/")) {
					continue;
				}
				String path = pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
				for (RequestMethod method : entry.getKey().getMethodsCondition().getMethods()) {
					endpoints++;
					JsonNode operation = paths.path(path).path(method.name().toLowerCase(Locale.ROOT));
					if (operation.isMissingNode()) {
						missing.add(method + " " + path);
						continue;
					}
					Set<String> documented = new HashSet<>();
					operation.path("parameters").forEach(p -> documented.add(p.get("in").asString() + ":" + p.get("name").asString()));
					for (String expected : parameters(entry.getValue())) {
						if (!documented.contains(expected)) {
							missing.add(method + " " + path + " " + expected);
						}
					}
					if (method == RequestMethod.POST || method == RequestMethod.PUT) {
						if (operation.path("requestBody").isMissingNode()) {
							missing.add(method + " " + path + " request body");
						}
					}
				}
			}
		}
		assertThat(endpoints).as("API endpoints found").isGreaterThan(30);
		assertThat(missing).isEmpty();
		assertThat(paths.has("/api/v1/search")).as("the search module's endpoints too").isTrue();
		assertThat(document.path("components").path("securitySchemes").path("token").path("scheme").asString())
			.isEqualTo("bearer");
	}

	@Test
	void servesSwaggerUiFromTheJarUnderTheContentSecurityPolicy() {
		PortalClient http = new PortalClient(port);
		HttpResponse<String> index = http.fetch("/swagger-ui/index.html");
		assertThat(index.statusCode()).isEqualTo(200);
		assertThat(index.body()).contains("swagger-ui-bundle.js").doesNotContain("<script>").doesNotContain("https://");
		// Swagger UI sets an inline style: its pages alone allow those; scripts stay 'self' (ADR 23)
		assertThat(index.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
			.contains("script-src 'self';", "style-src 'self' 'unsafe-inline';", "frame-ancestors 'none'"));
		assertThat(http.fetch("/en/").headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(csp -> assertThat(csp).contains("style-src 'self';").doesNotContain("unsafe-inline"));
		assertThat(http.fetch("/v3/api-docs").headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(csp -> assertThat(csp).doesNotContain("unsafe-inline"));
		HttpResponse<String> initializer = http.fetch("/swagger-ui/swagger-initializer.js");
		assertThat(initializer.statusCode()).isEqualTo(200);
		assertThat(initializer.body()).contains("/v3/api-docs");
		assertThat(http.fetch("/swagger-ui/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
	}

	/** What the handler reads from the request: "query:lang", "path:slug", "header:If-Match". */
	private static List<String> parameters(HandlerMethod handler) {
		List<String> names = new ArrayList<>();
		for (Parameter parameter : handler.getMethod().getParameters()) {
			RequestParam query = parameter.getAnnotation(RequestParam.class);
			PathVariable path = parameter.getAnnotation(PathVariable.class);
			RequestHeader header = parameter.getAnnotation(RequestHeader.class);
			if (query != null && !Map.class.isAssignableFrom(parameter.getType())) {
				names.add("query:" + name(query.name(), query.value(), parameter));
			}
			else if (path != null) {
				names.add("path:" + name(path.name(), path.value(), parameter));
			}
			else if (header != null) {
				names.add("header:" + name(header.name(), header.value(), parameter));
			}
		}
		return names;
	}

	private static String name(String name, String value, Parameter parameter) {
		return !name.isEmpty() ? name : !value.isEmpty() ? value : parameter.getName();
	}

}
