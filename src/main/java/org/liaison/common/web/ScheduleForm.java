package org.liaison.common.web;

import java.time.format.DateTimeFormatter;

import org.liaison.common.Schedulable;

/**
 * The "publish at" form as sent, kept as text so that a wrong value comes back to the editor as typed.
 *
 * @param at a local date and time, as an {@code <input type="datetime-local">} sends it
 * @param zone a time-zone id such as {@code Europe/Brussels}
 */
public record ScheduleForm(String at, String zone) {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	public static ScheduleForm of(Schedulable item, String defaultZone) {
		if (item == null || item.getScheduledFor() == null) {
			return new ScheduleForm("", defaultZone);
		}
		return new ScheduleForm(item.getScheduledFor().format(LOCAL), item.getScheduledFor().getZone().getId());
	}

}
