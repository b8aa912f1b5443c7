package org.liaison.api.web;

/** Bean Validation patterns the API's bodies share, with messages that say what is expected. */
final class Patterns {

	static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

	static final String SLUG_MESSAGE = "must be lower-case letters, digits and single hyphens, such as eu-japan-partnership";

	static final String LANGUAGE = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*";

	static final String LANGUAGE_MESSAGE = "must be a language tag such as en, hu or pt-BR";

	private Patterns() {
	}

}
