package org.liaison.common.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The {@code ?page=N} of a paged list: absent means 1; anything but a whole number from 1 up is a
 * page that is not there (404), never a server error.
 */
public final class PageNumber {

	private PageNumber() {
	}

	public static int parse(String value) {
		if (value == null || value.isBlank()) {
			return 1;
		}
		try {
			int number = Integer.parseInt(value.strip());
			if (number >= 1) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// answered below, like a number out of range
		}
		throw notFound(value);
	}

	public static ResponseStatusException notFound(Object page) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no page " + page + " of this list");
	}

}
