package org.liaison.common.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Bean Validation's findings as the back-office templates show them: the form field's name → the
 * message key to print next to it. Checks on derived properties ({@code nameGiven}) are mapped to the
 * field they concern; type mismatches (a date that is not one) get the generic message.
 */
public final class FormErrors {

	/** A constraint's message that is one of our message keys ({@code admin.validation.slug}), not a default text. */
	private static final java.util.regex.Pattern MESSAGE_KEY = java.util.regex.Pattern.compile("[a-z]+(\\.[A-Za-z0-9]+)+");

	private FormErrors() {
	}

	public static Map<String, String> of(BindingResult binding, Map<String, String> aliases) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : binding.getFieldErrors()) {
			String property = error.getField().replaceAll("\\[.*", "");
			String field = aliases.getOrDefault(property, property);
			String message = error.getDefaultMessage();
			errors.putIfAbsent(field, (!error.isBindingFailure() && message != null && MESSAGE_KEY.matcher(message).matches())
					? message : "admin.validation.invalid");
		}
		if (binding.getGlobalErrorCount() > 0) {
			errors.putIfAbsent("form", "admin.validation.invalid");
		}
		return errors;
	}

}
