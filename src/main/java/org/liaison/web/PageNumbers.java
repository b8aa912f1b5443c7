package org.liaison.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Page numbers from query strings: a number from 1 up, anything else is a page that does not exist. */
final class PageNumbers {

	private PageNumbers() {
	}

	static int parse(String value) {
		try {
			int number = Integer.parseInt(value.strip());
			if (number >= 1) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// falls through to 404
		}
		throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No page '" + value + "'");
	}

}
