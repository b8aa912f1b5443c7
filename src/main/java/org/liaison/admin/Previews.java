package org.liaison.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.liaison.common.web.BaseUrl;
import org.liaison.common.web.PageContext;
import org.liaison.common.web.PortalLanguages;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * What a preview under {@code /admin} needs to render an item in any status exactly as its public page
 * will (news, partners, projects): the page context of the public address in one of the portal's
 * languages, and headers that keep the preview out of caches and search engines.
 */
@Component
public class Previews {

	private final PortalLanguages languages;

	private final MessageSource messages;

	Previews(PortalLanguages languages, MessageSource messages) {
		this.languages = languages;
		this.messages = messages;
	}

	/**
	 * The page context of the public page at {@code path} in {@code language}.
	 * @throws ResponseStatusException 404 when the portal is not offered in that language
	 */
	public PageContext page(String language, String path, HttpServletRequest request, HttpServletResponse response) {
		if (!languages.supports(language)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "The portal is not offered in '" + language + "'");
		}
		response.setHeader("X-Robots-Tag", "noindex");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
		return new PageContext(language, path, "", BaseUrl.of(request), languages.languages(), messages);
	}

}
