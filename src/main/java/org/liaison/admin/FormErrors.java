package org.liaison.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A form's validation errors as the back-office templates show them: one message key per field,
 * next to that field; {@code form} for what belongs to no single field.
 */
public final class FormErrors {

	private FormErrors() {
	}

	/**
	 * @param fieldOf maps a checked property (e.g. {@code titleGiven}) to the field it is shown next to;
	 * indexed properties ({@code participations[2].role}) are shown next to their list
	 */
	public static Map<String, String> of(BindingResult binding, UnaryOperator<String> fieldOf) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : binding.getFieldErrors()) {
			String field = fieldOf.apply(error.getField().replaceAll("\\[.*", ""));
			String message = error.isBindingFailure() ? "admin.validation.invalid" : error.getDefaultMessage();
			errors.putIfAbsent(field, (message != null && message.startsWith("admin.")) ? message
					: "admin.validation.invalid");
		}
		if (binding.getGlobalErrorCount() > 0) {
			errors.putIfAbsent("form", "admin.validation.invalid");
		}
		return errors;
	}

}
