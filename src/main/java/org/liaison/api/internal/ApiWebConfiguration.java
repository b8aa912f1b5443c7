package org.liaison.api.internal;

import java.io.InputStream;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.liaison.api.ApiSettings;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The API's filters — the rate limit (right after Spring Security), then strong ETags computed from
 * each answer's bytes with If-None-Match answered by 304 — and its OpenAPI description's header.
 */
// Not conditional on a web application: the commands (import, reindex) build the same beans, controllers
// included; without a web server the filters are simply never registered. ApiSettings is found by the
// application's @ConfigurationPropertiesScan.
@Configuration
class ApiWebConfiguration {

	/** Spring Security's filter chain runs at -100; these follow it. */
	private static final int AFTER_SECURITY = 0;

	@Bean
	FilterRegistrationBean<RateLimitFilter> apiRateLimitFilter(ApiSettings settings, JsonMapper json) {
		FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(
				new RateLimitFilter(settings, json));
		registration.addUrlPatterns("/api/*");
		registration.setOrder(AFTER_SECURITY);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtagFilter() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter() {
					// Reads only: a write's If-Match is checked against the item before the change, by
					// the controller; this filter would compare it with the answer's new content.
					@Override
					protected boolean isEligibleForEtag(HttpServletRequest request, HttpServletResponse response,
							int responseStatusCode, InputStream inputStream) {
						return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
								&& super.isEligibleForEtag(request, response, responseStatusCode, inputStream);
					}
				});
		registration.addUrlPatterns("/api/*");
		registration.setOrder(AFTER_SECURITY + 1);
		return registration;
	}

	@Bean
	ApiNotFoundResolver apiNotFoundResolver(JsonMapper json) {
		return new ApiNotFoundResolver(json);
	}

	@Bean
	OpenAPI liaisonOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Liaison REST API")
				.version("v1")
				.description("""
						Every public item of Liaison as JSON: projects, programmes, organisations, partners, countries, \
						regions, vocabularies and terms, dialogues, public meetings, news, pages and documents.

						* **Languages**: `lang` names the language of translatable texts (any language tag), or \
						`all` for every translation; without it, `Accept-Language` decides, else English. \
						Each text says the language it is really in (`lang`), which differs from the one asked \
						for when there is no translation.
						* **Paging**: lists are in a fixed order; `limit` (1 to the maximum) sets the page size and \
						`next` is the next page's address, with an opaque `cursor`. Follow `next` until it is null.
						* **Caching**: every answer has a strong `ETag`; send it back in `If-None-Match` for a \
						`304 Not Modified`, and in `If-Match` on a `PUT` to refuse overwriting someone else's change.
						* **Errors** are RFC 9457 `application/problem+json`, naming the parameter and value \
						(`parameter`, `value`) or each invalid field (`errors`).
						* **Writes** (projects, news) need `Authorization: Bearer <token>`, a token an \
						administrator creates at /admin/api-tokens with a role: officers write projects, editors news.
						* **Rate limit**: anonymous clients may make a limited number of requests per minute per \
						address; past it, `429` with `Retry-After`."""))
			.components(new Components().addSecuritySchemes("token",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
						.description("An API token from /admin/api-tokens")));
	}

}
