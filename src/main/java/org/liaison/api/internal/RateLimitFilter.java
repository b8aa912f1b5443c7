package org.liaison.api.internal;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.liaison.api.ApiSettings;

import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Anonymous API callers get a token bucket per client address ({@code liaison.api.rate-limit}
 * requests per {@code liaison.api.rate-period}, refilled evenly); past it, 429 with Retry-After,
 * as problem+json. Clients with an API token are not limited. It runs after Spring Security, which
 * has by then said who the caller is. Buckets live in this node's memory (ADR 23).
 */
class RateLimitFilter extends OncePerRequestFilter {

	/** Addresses remembered at once; the least recently seen are forgotten first. */
	private static final int MAX_CLIENTS = 100_000;

	private final ApiSettings settings;

	private final JsonMapper json;

	private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > MAX_CLIENTS;
		}
	});

	RateLimitFilter(ApiSettings settings, JsonMapper json) {
		this.settings = settings;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isAnonymous(SecurityContextHolder.getContext().getAuthentication())) {
			chain.doFilter(request, response);
			return;
		}
		ConsumptionProbe probe = buckets.computeIfAbsent(request.getRemoteAddr(), address -> newBucket())
			.tryConsumeAndReturnRemaining(1);
		response.setHeader("RateLimit-Limit", String.valueOf(settings.rateLimit()));
		response.setHeader("RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()));
		if (probe.isConsumed()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", "Too Many Requests");
		problem.put("status", 429);
		problem.put("detail", "Anonymous clients may make " + settings.rateLimit() + " requests per "
				+ settings.ratePeriod().toString().substring(2).toLowerCase(java.util.Locale.ROOT)
				+ " from one address; retry in " + seconds + " s, or use an API token");
		problem.put("instance", request.getRequestURI());
		response.setStatus(429);
		response.setHeader("Retry-After", String.valueOf(seconds));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(settings.rateLimit())
				.refillGreedy(settings.rateLimit(), settings.ratePeriod())
				.build())
			.build();
	}

	private static boolean isAnonymous(Authentication authentication) {
		return authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated();
	}

}
