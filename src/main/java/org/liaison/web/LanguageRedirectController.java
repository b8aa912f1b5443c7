package org.liaison.web;

import java.net.URI;

import org.liaison.common.web.PortalLanguages;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/** {@code /} sends the reader to the home page in the language their browser asks for. */
@Controller
class LanguageRedirectController {

	private final PortalLanguages languages;

	LanguageRedirectController(PortalLanguages languages) {
		this.languages = languages;
	}

	@GetMapping("/")
	ResponseEntity<Void> home(@RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept) {
		return ResponseEntity.status(HttpStatus.FOUND)
			.location(URI.create("/" + languages.negotiate(accept) + "/"))
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
			.build();
	}

}
