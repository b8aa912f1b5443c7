package org.liaison.api.web;

/** Descriptions of the parameters the API's operations share, for the OpenAPI document. */
final class ApiParameters {

	static final String LANG = "Language of texts: a language tag (en, hu, pt-BR…), or all for every translation. "
			+ "Default: Accept-Language, else en";

	static final String LIMIT = "Items per page, from 1 to the maximum (default 20, maximum 100 unless configured)";

	static final String CURSOR = "Where the page starts: the cursor in the previous page's next link, unchanged";

	private ApiParameters() {
	}

}
