package org.liaison.admin;

/**
 * A back-office form with translatable fields, as the shared {@code admin/translations} template
 * shows it: one tab per language, the languages still missing flagged, and, on request, the text of a
 * source language beside each field while translating.
 */
public interface Translatable {

	/** The text of a translatable field in a language, or empty. */
	String text(String field, String language);

	/** Whether the item has its main text (usually the title or name) in this language yet. */
	boolean hasLanguage(String language);

}
