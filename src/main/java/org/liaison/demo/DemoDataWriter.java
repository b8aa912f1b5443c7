package org.liaison.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ObjIntConsumer;

import org.liaison.content.ContentService;
import org.liaison.content.RelatedContentService;
import org.liaison.demo.DemoData.BudgetLineEntry;
import org.liaison.demo.DemoData.DialogueEntry;
import org.liaison.demo.DemoData.DocumentEntry;
import org.liaison.demo.DemoData.LinkEntry;
import org.liaison.demo.DemoData.MeetingEntry;
import org.liaison.demo.DemoData.NewsEntry;
import org.liaison.demo.DemoData.PageEntry;
import org.liaison.demo.DemoData.PartnerEntry;
import org.liaison.demo.DemoData.ProgrammeEntry;
import org.liaison.demo.DemoData.RegionEntry;
import org.liaison.demo.DemoData.TermEntry;
import org.liaison.demo.DemoData.VocabularyEntry;
import org.liaison.dialogue.DialogueService;
import org.liaison.geography.GeographyService;
import org.liaison.partner.PartnerService;
import org.liaison.project.ProjectService;
import org.liaison.taxonomy.TaxonomyService;

import org.springframework.stereotype.Component;

/**
 * Stores a checked data set through the modules' public services, in the order their items
 * depend on each other. It runs inside the caller's transaction: it never commits on its own.
 */
@Component
class DemoDataWriter {

	private final GeographyService geography;

	private final TaxonomyService taxonomy;

	private final PartnerService partners;

	private final ProjectService projects;

	private final DialogueService dialogues;

	private final ContentService content;

	private final RelatedContentService related;

	DemoDataWriter(GeographyService geography, TaxonomyService taxonomy, PartnerService partners,
			ProjectService projects, DialogueService dialogues, ContentService content, RelatedContentService related) {
		this.geography = geography;
		this.taxonomy = taxonomy;
		this.partners = partners;
		this.projects = projects;
		this.dialogues = dialogues;
		this.content = content;
		this.related = related;
	}

	/** Whether the catalogue the data set would fill holds nothing yet, so that the set cannot clash with real data. */
	boolean catalogueIsEmpty(DemoData data) {
		return geography.regions().isEmpty() && partners.everyPartner("en").isEmpty() && projects.projectCount() == 0
				&& projects.programmes().isEmpty() && dialogues.allSeries().isEmpty()
				&& content.publishedDocuments().isEmpty() && content.latestNews(1, 1).isEmpty()
				&& data.vocabularies().stream().allMatch(v -> taxonomy.vocabulary(v.code()).isEmpty());
	}

	/** Stores every item of the data set and says how many of each kind it stored, in the file's terms. */
	Map<String, Integer> write(DemoData data) {
		Writing writing = new Writing(data.source());
		writing.eachWithPosition("vocabularies", data.vocabularies(), this::vocabulary);
		writing.counted("terms", data.vocabularies().stream().mapToInt(v -> v.terms().size()).sum());
		writing.eachWithPosition("regions", data.regions(), this::region);
		writing.each("partners", data.partners(), this::partner);
		writing.each("programmes", data.programmes(), this::programme);
		writing.each("projects", data.projects(), projects::createProject);
		writing.each("documents", data.documents(), this::document);
		writing.each("dialogues", data.dialogues(), this::dialogue);
		writing.counted("meetings", data.dialogues().stream().mapToInt(d -> d.meetings().size()).sum());
		writing.each("news", data.news(), this::news);
		writing.each("pages", data.pages(), this::page);
		// links are flattened from the file's entries: name them by their two ends, not by an index
		for (LinkEntry link : data.links()) {
			writing.at("links: " + link.source() + " -> " + link.target(), () -> link(link));
		}
		writing.counted("links", data.links().size());
		return Collections.unmodifiableMap(writing.counts);
	}

	private void vocabulary(VocabularyEntry entry, int position) {
		taxonomy.createVocabulary(entry.code(), entry.name(), position);
		for (TermEntry term : entry.terms()) {
			taxonomy.addTerm(entry.code(), term.slug(), term.name(), term.description());
		}
	}

	private void region(RegionEntry entry, int position) {
		geography.createRegion(entry.code(), entry.name(), entry.summary(), position, entry.countries());
	}

	private void partner(PartnerEntry entry) {
		if (entry.isCountry()) {
			partners.addCountryPartner(entry.slug(), entry.country(), entry.strategic(), entry.summary());
		}
		else {
			partners.addOrganisationPartner(entry.slug(), entry.name(), entry.strategic(), entry.summary(),
					entry.website(), entry.regions());
		}
	}

	private void programme(ProgrammeEntry entry) {
		projects.createProgramme(entry.slug(), entry.name(), entry.description(), entry.startYear(), entry.endYear());
		for (BudgetLineEntry line : entry.budgetLines()) {
			projects.addBudgetLine(entry.slug(), line.title(), line.year(), line.amount(), line.managedBy());
		}
	}

	private void document(DocumentEntry entry) {
		content.recordDocument(entry.slug(), entry.kind(), entry.title(), entry.issuedOn(), entry.issuer(),
				entry.summary(), entry.quote(), entry.url(), entry.status());
	}

	private void dialogue(DialogueEntry entry) {
		dialogues.startSeries(entry.slug(), entry.name(), entry.format(), entry.level(), entry.summary(),
				entry.leadUnit(), entry.partners());
		for (MeetingEntry meeting : entry.meetings()) {
			dialogues.recordMeeting(entry.slug(), meeting.number(), meeting.startsAt(), meeting.place(),
					meeting.virtual(), meeting.status(), meeting.summary(), meeting.outcome(), meeting.topics());
		}
	}

	private void news(NewsEntry entry) {
		content.writeNews(entry.slug(), entry.title(), entry.teaser(), entry.body(), entry.publishedOn(),
				entry.partners(), entry.themes(), entry.status());
	}

	private void page(PageEntry entry) {
		content.writePage(entry.slug(), entry.title(), entry.summary(), entry.body(), entry.status());
	}

	private void link(LinkEntry entry) {
		related.link(entry.source(), entry.target(), entry.kind(), null);
	}

	/** One run of writing: counts what was stored and names the item a service refused. */
	private static final class Writing {

		private final String source;

		private final Map<String, Integer> counts = new LinkedHashMap<>();

		Writing(String source) {
			this.source = source;
		}

		<T> void each(String section, List<T> entries, Consumer<T> store) {
			eachWithPosition(section, entries, (entry, position) -> store.accept(entry));
		}

		/** Stores each entry, passing its position in the file (the order regions and vocabularies are shown in). */
		<T> void eachWithPosition(String section, List<T> entries, ObjIntConsumer<T> store) {
			for (int i = 0; i < entries.size(); i++) {
				T entry = entries.get(i);
				int position = i;
				at(section + "[" + i + "]", () -> store.accept(entry, position));
			}
			counted(section, entries.size());
		}

		void counted(String section, int count) {
			counts.put(section, count);
		}

		// A service refuses what clashes with stored data (a slug taken already); say which item of the file it was.
		void at(String path, Runnable action) {
			try {
				action.run();
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException(source + ": " + path + ": " + ex.getMessage(), ex);
			}
		}

	}

}
