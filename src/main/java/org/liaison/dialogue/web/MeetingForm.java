package org.liaison.dialogue.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.liaison.content.Document;
import org.liaison.dialogue.Meeting;
import org.liaison.dialogue.MeetingDetails;
import org.liaison.dialogue.MeetingStatus;
import org.liaison.dialogue.Participant;
import org.liaison.taxonomy.Term;

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

	private List<String> topics = new ArrayList<>();

	private List<String> documents = new ArrayList<>();

	/** One participant a line: name; function; organisation. */
	private String participants = "";

	/** The first line of {@link #participants} that is wrong (1-based), or 0. */
	private int participantErrorLine;

	/** The form filled in with a meeting as it is, for changing it. */
	public static MeetingForm of(Meeting meeting) {
		MeetingForm form = new MeetingForm();
		ZonedDateTime startsAt = meeting.getStartsAt();
		form.date = startsAt.toLocalDate().toString();
		form.time = startsAt.toLocalTime().toString();
		form.timeZone = startsAt.getZone().getId();
		form.virtual = meeting.isVirtual();
		form.place = (meeting.getPlace() == null) ? "" : meeting.getPlace();
		form.status = meeting.getStatus().name();
		form.summary = meeting.getSummary().in("en").orElse("");
		form.outcome = meeting.getOutcome().in("en").orElse("");
		form.publiclyListed = meeting.isPubliclyListed();
		form.topics = new ArrayList<>(meeting.getTopics().stream().map(Term::getSlug).toList());
		form.documents = new ArrayList<>(meeting.getDocuments().stream().map(Document::getSlug).toList());
		StringBuilder lines = new StringBuilder();
		for (Participant participant : meeting.getParticipants()) {
			lines.append(participant.name()).append("; ").append(participant.function() == null ? "" : participant.function())
				.append("; ").append(participant.organisation() == null ? "" : participant.organisation()).append('\n');
		}
		form.participants = lines.toString();
		return form;
	}

	/** What the form says, for {@code DialogueService}; call only when {@link #errors()} is empty. */
	public MeetingDetails details() {
		return new MeetingDetails(startsAt(), place, virtual, statusValue(), summary, outcome, publiclyListed, topics,
				documents, participantList());
	}

	/** The participants typed, one a line; throws naming the first wrong line. */
	List<Participant> participantList() {
		List<Participant> list = new ArrayList<>();
		String[] lines = participants.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.split(";", -1);
			if (parts.length > 3) {
				throw new IllegalArgumentException("participants: line " + (i + 1) + " has more than three parts: '" + line + "'");
			}
			try {
				list.add(new Participant(parts[0], (parts.length > 1) ? parts[1] : null, (parts.length > 2) ? parts[2] : null));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("participants: line " + (i + 1) + ": " + ex.getMessage(), ex);
			}
		}
		return list;
	}

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
		participantErrorLine = 0;
		try {
			participantList();
		}
		catch (IllegalArgumentException ex) {
			participantErrorLine = Integer.parseInt(ex.getMessage().replaceAll("^participants: line (\\d+).*$", "$1"));
			errors.put("participants", "dialogue.admin.error.participant");
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

	public List<String> getTopics() {
		return topics;
	}

	public void setTopics(List<String> topics) {
		this.topics = (topics == null) ? new ArrayList<>() : topics;
	}

	public List<String> getDocuments() {
		return documents;
	}

	public void setDocuments(List<String> documents) {
		this.documents = (documents == null) ? new ArrayList<>() : documents;
	}

	public String getParticipants() {
		return participants;
	}

	public void setParticipants(String participants) {
		this.participants = (participants == null) ? "" : participants;
	}

	public int getParticipantErrorLine() {
		return participantErrorLine;
	}

	public boolean isPubliclyListed() {
		return publiclyListed;
	}

	public void setPubliclyListed(boolean publiclyListed) {
		this.publiclyListed = publiclyListed;
	}

}
