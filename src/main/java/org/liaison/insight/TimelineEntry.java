package org.liaison.insight;

import java.time.LocalDate;

import org.liaison.common.LocalizedText;

/**
 * One event on a partner's timeline.
 *
 * @param date when it happened (or will)
 * @param kind what kind of event
 * @param title what to call it
 * @param path its portal path under {@code /{lang}/}, or null when it has no page
 */
public record TimelineEntry(LocalDate date, Kind kind, LocalizedText title, String path) {

	/** The kinds of event a timeline shows, which a reader can filter by. */
	public enum Kind {
		MEETING, AGREEMENT, PROJECT_START, PROJECT_END, NEWS;

		/** The kind named in a URL ({@code ?kind=meeting}); null for none or an unknown name. */
		public static Kind fromParameter(String value) {
			if (value == null) {
				return null;
			}
			for (Kind kind : values()) {
				if (kind.parameter().equals(value)) {
					return kind;
				}
			}
			return null;
		}

		public String parameter() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}
	}

}
