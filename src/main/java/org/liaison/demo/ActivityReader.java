package org.liaison.demo;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;

import org.liaison.common.ItemType;
import org.liaison.demo.DemoData.DialogueEntry;
import org.liaison.demo.DemoData.MeetingEntry;
import org.liaison.dialogue.DialogueFormat;
import org.liaison.dialogue.DialogueLevel;
import org.liaison.dialogue.MeetingStatus;
import org.liaison.project.ParticipationRole;
import org.liaison.project.ProjectService.NewProject;
import org.liaison.project.ProjectStatus;
import org.liaison.taxonomy.Vocabulary;

/** Reads the data set's cooperation activities: projects, and dialogue series with their meetings. */
final class ActivityReader {

	private final KnownItems known;

	ActivityReader(KnownItems known) {
		this.known = known;
	}

	NewProject project(YamlNode node) {
		node.allowOnly("slug", "acronym", "title", "summary", "programme", "grantId", "status", "startDate", "endDate",
				"totalCost", "euContribution", "website", "countries", "goals", "priorities", "themes",
				"participants");
		String slug = known.define(node.get("slug"), ItemType.PROJECT);
		LocalDate startDate = node.get("startDate").date();
		LocalDate endDate = node.get("endDate").date();
		if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
			throw node.get("endDate").error(endDate + " is before the start date " + startDate);
		}
		String programme = node.get("programme").isMissing() ? null
				: known.existing(node.get("programme"), ItemType.PROGRAMME);
		return new NewProject(slug, node.get("acronym").requireText(), node.get("title").requireLocalized(),
				node.get("summary").localized(), programme, node.get("grantId").text(),
				node.get("status").choice(ProjectStatus.class, ProjectStatus.ONGOING), startDate, endDate,
				DemoDataReader.optionalMoney(node.get("totalCost")),
				DemoDataReader.optionalMoney(node.get("euContribution")), node.get("website").text(),
				known.countries(node.get("countries")), known.terms(node.get("goals"), Vocabulary.POLICY_GOALS),
				known.terms(node.get("priorities"), Vocabulary.D4D_PRIORITIES),
				known.terms(node.get("themes"), Vocabulary.THEMES),
				DemoDataReader.each(node.get("participants"), this::participant));
	}

	private NewProject.Participant participant(YamlNode node) {
		node.allowOnly("organisation", "shortName", "kind", "role", "country", "contribution");
		String country = node.get("country").isMissing() ? null : known.country(node.get("country"));
		return new NewProject.Participant(node.get("organisation").requireText(), node.get("shortName").text(),
				node.get("kind").text(), node.get("role").choice(ParticipationRole.class, ParticipationRole.PARTICIPANT),
				country, DemoDataReader.optionalMoney(node.get("contribution")));
	}

	DialogueEntry dialogue(YamlNode node) {
		node.allowOnly("slug", "name", "format", "level", "leadUnit", "partners", "summary", "meetings");
		String slug = known.define(node.get("slug"), ItemType.DIALOGUE);
		return new DialogueEntry(slug, node.get("name").requireLocalized(),
				node.get("format").choice(DialogueFormat.class, null), node.get("level").choice(DialogueLevel.class, null),
				node.get("leadUnit").text(), known.allExisting(node.get("partners"), ItemType.PARTNER),
				node.get("summary").localized(), DemoDataReader.each(node.get("meetings"), m -> meeting(m, slug)));
	}

	private MeetingEntry meeting(YamlNode node, String series) {
		node.allowOnly("number", "startsAt", "timeZone", "place", "virtual", "status", "summary", "outcome", "topics");
		int number = node.get("number").requireInt();
		if (number < 1) {
			throw node.get("number").error("meetings are numbered from 1, not " + number);
		}
		known.defineMeeting(node.get("number"), series, number);
		boolean virtual = node.get("virtual").flag(false);
		String place = node.get("place").text();
		if (!virtual && place == null) {
			throw node.get("place").error("is missing; a meeting that is not virtual needs a place");
		}
		return new MeetingEntry(number, node.get("startsAt").requireDateTime().atZone(zone(node.get("timeZone"))),
				place, virtual, node.get("status").choice(MeetingStatus.class, MeetingStatus.PLANNED),
				node.get("summary").localized(), node.get("outcome").localized(),
				known.terms(node.get("topics"), Vocabulary.THEMES));
	}

	/** The time zone the meeting is held in; it is what keeps 10:00 in Brussels 10:00 in Brussels. */
	private static ZoneId zone(YamlNode node) {
		String id = node.requireText();
		try {
			return ZoneId.of(id);
		}
		catch (DateTimeException ex) {
			throw node.error("'" + id + "' is not a time zone such as Europe/Brussels");
		}
	}

}
