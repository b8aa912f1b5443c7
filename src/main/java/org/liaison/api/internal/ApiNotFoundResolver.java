package org.liaison.api.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A path under {@code /api/} that no endpoint serves: 404 as problem+json, not the portal's HTML
 * error page. Other paths are left to the next resolver.
 */
class ApiNotFoundResolver implements HandlerExceptionResolver, Ordered {

	private final JsonMapper json;

	ApiNotFoundResolver(JsonMapper json) {
		this.json = json;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!(ex instanceof NoResourceFoundException) || !request.getRequestURI().startsWith("/api/")) {
			return null;
		}
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", "Not Found");
		problem.put("status", 404);
		problem.put("detail", "No API endpoint at " + request.getRequestURI() + "; see /v3/api-docs for the endpoints");
		problem.put("instance", request.getRequestURI());
		try {
			response.setStatus(404);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			json.writeValue(response.getOutputStream(), problem);
		}
		catch (IOException io) {
			return null;
		}
		return new ModelAndView();
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
