package org.liaison.dialogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Someone who took part in a meeting. Personal data: shown to signed-in staff only, never on the
 * portal, in feeds, the search index, the API or a public briefing.
 *
 * @param name the person's name
 * @param function their function (Director-General, Deputy Secretary…), or null
 * @param organisation whom they represent, or null
 */
@Embeddable
public record Participant(@Column(name = "name") String name, @Column(name = "job_function") String function,
		@Column(name = "organisation") String organisation) {

	/** Longest name, function or organisation accepted. */
	public static final int MAX_LENGTH = 200;

	public Participant {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("participant: a participant needs a name");
		}
		name = name.strip();
		function = blankToNull(function);
		organisation = blankToNull(organisation);
		for (String value : new String[] { name, function, organisation }) {
			if (value != null && value.length() > MAX_LENGTH) {
				throw new IllegalArgumentException("participant: '" + value.substring(0, 40) + "…' is longer than "
						+ MAX_LENGTH + " characters");
			}
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
