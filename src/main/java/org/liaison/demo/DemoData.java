package org.liaison.demo;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import org.liaison.common.ItemRef;
import org.liaison.common.LocalizedText;
import org.liaison.common.Money;
import org.liaison.content.DocumentKind;
import org.liaison.content.LinkKind;
import org.liaison.common.PublicationStatus;
import org.liaison.dialogue.DialogueFormat;
import org.liaison.dialogue.DialogueLevel;
import org.liaison.dialogue.MeetingStatus;
import org.liaison.project.ProjectService.NewProject;

/**
 * A data set as read from its YAML file and checked, in the shapes the modules' services take.
 * Every list keeps the file's order, which is the order things are shown in.
 */
record DemoData(String source, List<VocabularyEntry> vocabularies, List<RegionEntry> regions,
		List<PartnerEntry> partners, List<ProgrammeEntry> programmes, List<NewProject> projects,
		List<DocumentEntry> documents, List<DialogueEntry> dialogues, List<NewsEntry> news, List<PageEntry> pages,
		List<LinkEntry> links) {

	record VocabularyEntry(String code, LocalizedText name, List<TermEntry> terms) {
	}

	record TermEntry(String slug, LocalizedText name, LocalizedText description) {
	}

	record RegionEntry(String code, LocalizedText name, LocalizedText summary, List<String> countries) {
	}

	/** A country partner (named after its country) when {@code country} is set, else an organisation. */
	record PartnerEntry(String slug, String country, LocalizedText name, boolean strategic, LocalizedText summary,
			String website, List<String> regions) {

		boolean isCountry() {
			return country != null;
		}

	}

	record ProgrammeEntry(String slug, LocalizedText name, LocalizedText description, Integer startYear,
			Integer endYear, List<BudgetLineEntry> budgetLines) {
	}

	record BudgetLineEntry(LocalizedText title, int year, Money amount, String managedBy) {
	}

	record DocumentEntry(String slug, DocumentKind kind, LocalizedText title, LocalDate issuedOn, String issuer,
			LocalizedText summary, LocalizedText quote, String url, PublicationStatus status) {
	}

	record DialogueEntry(String slug, LocalizedText name, DialogueFormat format, DialogueLevel level, String leadUnit,
			List<String> partners, LocalizedText summary, List<MeetingEntry> meetings) {
	}

	record MeetingEntry(int number, ZonedDateTime startsAt, String place, boolean virtual, MeetingStatus status,
			LocalizedText summary, LocalizedText outcome, List<String> topics) {
	}

	record NewsEntry(String slug, LocalizedText title, LocalizedText teaser, LocalizedText body, LocalDate publishedOn,
			List<String> partners, List<String> themes, PublicationStatus status) {
	}

	record PageEntry(String slug, LocalizedText title, LocalizedText summary, LocalizedText body,
			PublicationStatus status) {
	}

	record LinkEntry(ItemRef source, ItemRef target, LinkKind kind) {
	}

}
