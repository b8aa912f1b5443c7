package org.liaison.api.web;

import java.util.List;

/** A body whose fields name things that do not exist or do not fit together; each one is listed. */
class InvalidFieldsException extends RuntimeException {

	private final List<FieldProblem> errors;

	InvalidFieldsException(List<FieldProblem> errors) {
		super(errors.toString());
		this.errors = List.copyOf(errors);
	}

	List<FieldProblem> errors() {
		return errors;
	}

	/** One invalid field: its path in the body ({@code countries[1]}), what is wrong, the value given. */
	record FieldProblem(String field, String message, Object value) {

		String describe() {
			return (field == null) ? message : field + " " + message;
		}

	}

}
