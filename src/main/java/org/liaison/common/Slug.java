package org.liaison.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL-safe names of items: lower-case ASCII letters, digits and single hyphens. */
public final class Slug {

	private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private Slug() {
	}

	/** A slug made from any text: "EU–Australia Digital Dialogue" becomes "eu-australia-digital-dialogue". */
	public static String from(String text) {
		String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		if (slug.isEmpty()) {
			throw new IllegalArgumentException("'" + text + "' has no letters or digits to make a slug from");
		}
		return slug;
	}

	public static boolean isValid(String slug) {
		return slug != null && slug.length() <= 120 && VALID.matcher(slug).matches();
	}

	public static String require(String slug) {
		if (!isValid(slug)) {
			throw new IllegalArgumentException("'" + slug + "' is not a valid slug (lower-case letters, digits and hyphens)");
		}
		return slug;
	}

}
