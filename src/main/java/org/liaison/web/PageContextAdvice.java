package org.liaison.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.liaison.common.web.BaseUrl;
import org.liaison.common.web.PageContext;
import org.liaison.common.web.PortalLanguages;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;

/**
 * Gives every portal template its {@link PageContext} as the model attribute {@code page}, and
 * answers 404 for a language the portal is not offered in.
 */
@ControllerAdvice(basePackages = "org.liaison")
class PageContextAdvice {

	private static final java.util.regex.Pattern LANGUAGE_SEGMENT = java.util.regex.Pattern.compile("[a-z]{2,3}");

	private final PortalLanguages languages;

	private final MessageSource messages;

	PageContextAdvice(PortalLanguages languages, MessageSource messages) {
		this.languages = languages;
		this.messages = messages;
	}

	@ModelAttribute("page")
	PageContext page(HttpServletRequest request) {
		boolean errorPage = request.getDispatcherType() == DispatcherType.ERROR || "/error".equals(request.getRequestURI());
		return contextFor(request, request.getRequestURI(), request.getQueryString(), !errorPage);
	}

	PageContext contextFor(HttpServletRequest request, String uri, String query, boolean strict) {
		String path = (uri == null) ? "/" : uri;
		String[] segments = path.substring(1).split("/", 2);
		String language = segments[0];
		String rest = (segments.length > 1) ? segments[1] : "";
		if (!languages.supports(language)) {
			// Only a path that names a language the portal lacks is an unknown page ("/xx/…");
			// feeds, the API and the back office have no language segment at all.
			if (strict && LANGUAGE_SEGMENT.matcher(language).matches() && !path.startsWith("/api/")) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No portal language '" + language + "'");
			}
			language = languages.negotiate(request.getHeader("Accept-Language"));
			rest = "";
		}
		String base = BaseUrl.of(request);
		return new PageContext(language, rest, (query == null) ? "" : query, base, languages.languages(), messages);
	}

	/** The back office and sign-in pages: outside the portal's language routing, in the reader's language. */

}
