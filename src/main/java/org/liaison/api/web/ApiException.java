package org.liaison.api.web;

/** A request the API refuses: a bad parameter (400) or an item that does not exist (404). */
class ApiException extends RuntimeException {

	private final int status;

	private final String title;

	private final String parameter;

	private final String value;

	private ApiException(int status, String title, String detail, String parameter, String value) {
		super(detail);
		this.status = status;
		this.title = title;
		this.parameter = parameter;
		this.value = value;
	}

	/** A query parameter whose value cannot be used; the detail names both. */
	static ApiException badParameter(String parameter, String value, String problem) {
		return new ApiException(400, "Bad parameter",
				"Parameter '" + parameter + "': '" + value + "' " + problem, parameter, value);
	}

	static ApiException notFound(String type, String key) {
		return new ApiException(404, "Not found", "There is no " + type + " '" + key + "'", null, null);
	}

	static ApiException conflict(String detail) {
		return new ApiException(409, "Conflict", detail, null, null);
	}

	static ApiException preconditionFailed(String detail) {
		return new ApiException(412, "Precondition failed", detail, null, null);
	}

	int status() {
		return status;
	}

	String title() {
		return title;
	}

	String parameter() {
		return parameter;
	}

	String value() {
		return value;
	}

}
