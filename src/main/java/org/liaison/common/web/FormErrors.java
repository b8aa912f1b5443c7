package org.liaison.common.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

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

	/** @param aliases maps a checked property (e.g. {@code nameGiven}) to the field it is shown next to */
	public static Map<String, String> of(BindingResult binding, Map<String, String> aliases) {
		return of(binding, property -> aliases.getOrDefault(property, property));
	}

	/**
	 * @param fieldOf maps a checked property (e.g. {@code titleGiven}) to the field it is shown next to;
	 * indexed properties ({@code participations[2].role}) are shown next to their list
	 */
	public static Map<String, String> of(BindingResult binding, UnaryOperator<String> fieldOf) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : binding.getFieldErrors()) {
			String field = fieldOf.apply(error.getField().replaceAll("\\[.*", ""));
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
