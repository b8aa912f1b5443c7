package org.liaison.admin;

/**
 * One translatable field of a back-office form.
 *
 * @param name the request parameter stem: {@code title} is sent as {@code title[en]}, {@code title[hu]}…
 * @param labelKey the message key of its label
 * @param rows 0 for a single-line input, otherwise the height of its text area
 * @param maxLength the most characters it takes
 */
public record TranslatableField(String name, String labelKey, int rows, int maxLength) {

	public static TranslatableField line(String name, String labelKey, int maxLength) {
		return new TranslatableField(name, labelKey, 0, maxLength);
	}

	public static TranslatableField area(String name, String labelKey, int rows, int maxLength) {
		return new TranslatableField(name, labelKey, rows, maxLength);
	}

	public boolean multiline() {
		return rows > 0;
	}

}
