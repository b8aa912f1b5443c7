package org.liaison.dialogue.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.liaison.dialogue.MeetingStatus;

/** The back office's meeting form, as typed; {@link #errors()} names each field that is wrong. */
public class MeetingForm {

	private String date = "";

	private String time = "10:00";

	private String timeZone = "Europe/Brussels";

	private boolean virtual;

	private String place = "";

	private String status = MeetingStatus.PLANNED.name();

	private String summary = "";

	private String outcome = "";

	private boolean publiclyListed;

	/** Field name → message key of what is wrong with it; empty when the form can be saved. */
	public Map<String, String> errors() {
		Map<String, String> errors = new LinkedHashMap<>();
		try {
			LocalDate.parse(date.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put("date", "dialogue.admin.error.date");
		}
		try {
			LocalTime.parse(time.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put("time", "dialogue.admin.error.time");
		}
		try {
			ZoneId.of(timeZone.strip());
		}
		catch (DateTimeException ex) {
			errors.put("timeZone", "dialogue.admin.error.timeZone");
		}
		if (!virtual && place.isBlank()) {
			errors.put("place", "dialogue.admin.error.place");
		}
		if (statusValue() == null) {
			errors.put("status", "dialogue.admin.error.status");
		}
		return errors;
	}

	public ZonedDateTime startsAt() {
		return ZonedDateTime.of(LocalDate.parse(date.strip()), LocalTime.parse(time.strip()), ZoneId.of(timeZone.strip()));
	}

	public MeetingStatus statusValue() {
		try {
			return MeetingStatus.valueOf(status);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return null;
		}
	}

	public String getDate() {
		return date;
	}

	public void setDate(String date) {
		this.date = (date == null) ? "" : date;
	}

	public String getTime() {
		return time;
	}

	public void setTime(String time) {
		this.time = (time == null) ? "" : time;
	}

	public String getTimeZone() {
		return timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = (timeZone == null) ? "" : timeZone;
	}

	public boolean isVirtual() {
		return virtual;
	}

	public void setVirtual(boolean virtual) {
		this.virtual = virtual;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = (place == null) ? "" : place;
	}

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = (summary == null) ? "" : summary;
	}

	public String getOutcome() {
		return outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = (outcome == null) ? "" : outcome;
	}

	public boolean isPubliclyListed() {
		return publiclyListed;
	}

	public void setPubliclyListed(boolean publiclyListed) {
		this.publiclyListed = publiclyListed;
	}

}
