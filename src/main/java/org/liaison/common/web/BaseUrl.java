package org.liaison.common.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Scheme, host and port of the portal as the caller reached it, for absolute links in pages, feeds and exports. */
public final class BaseUrl {

	private BaseUrl() {
	}

	public static String of(HttpServletRequest request) {
		return ServletUriComponentsBuilder.fromContextPath(request).replacePath(null).replaceQuery(null).toUriString();
	}

}
