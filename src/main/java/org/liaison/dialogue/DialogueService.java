package org.liaison.dialogue;

import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.hibernate.Hibernate;

import org.liaison.common.LocalizedText;
import org.liaison.content.ContentService;
import org.liaison.content.Document;
import org.liaison.dialogue.internal.DialogueSeriesRepository;
import org.liaison.dialogue.internal.MeetingRepository;
import org.liaison.partner.Partner;
import org.liaison.partner.PartnerService;
import org.liaison.taxonomy.TaxonomyService;
import org.liaison.taxonomy.Vocabulary;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Dialogue series and meetings: the dialogue module's API. */
@Service
@Transactional(readOnly = true)
public class DialogueService {

	private final DialogueSeriesRepository series;

	private final MeetingRepository meetings;

	private final PartnerService partners;

	private final TaxonomyService taxonomy;

	private final ContentService content;

	DialogueService(DialogueSeriesRepository series, MeetingRepository meetings, PartnerService partners,
			TaxonomyService taxonomy, ContentService content) {
		this.series = series;
		this.meetings = meetings;
		this.partners = partners;
		this.taxonomy = taxonomy;
		this.content = content;
	}

	public Optional<DialogueSeries> series(String slug) {
		return series.findBySlug(slug);
	}

	public List<DialogueSeries> allSeries() {
		return series.findAllByOrderBySlugAsc();
	}

	public List<DialogueSeries> seriesWith(Partner partner) {
		return series.findByPartner(partner.getId());
	}

	/** Meetings of the given series, latest first, grouped by series id. */
	public Map<Long, List<Meeting>> meetingsOf(Collection<DialogueSeries> list) {
		if (list.isEmpty()) {
			return Map.of();
		}
		return meetings.findBySeries(list.stream().map(DialogueSeries::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(m -> m.getSeries().getId(), java.util.LinkedHashMap::new,
					Collectors.toList()));
	}

	/**
	 * The meetings of the given series that the public may see (held, or announced), latest first,
	 * grouped by series id.
	 */
	public Map<Long, List<Meeting>> publicMeetingsOf(Collection<DialogueSeries> list) {
		Map<Long, List<Meeting>> all = meetingsOf(list);
		Map<Long, List<Meeting>> visible = new java.util.LinkedHashMap<>();
		all.forEach((id, meetingList) -> {
			List<Meeting> shown = meetingList.stream().filter(Meeting::isPublic).toList();
			if (!shown.isEmpty()) {
				visible.put(id, shown);
			}
		});
		return visible;
	}

	public Optional<Meeting> meeting(String seriesSlug, int number) {
		return meetings.findBySeriesSlugAndNumber(seriesSlug, number);
	}

	// Reads for the portal's pages, which render after the transaction has closed.

	/** All series with their partners loaded (in one batch), for the list of dialogues. */
	public List<DialogueSeries> allSeriesWithPartners() {
		List<DialogueSeries> all = allSeries();
		all.forEach(s -> Hibernate.initialize(s.getPartners()));
		return all;
	}

	/** A series with its partners loaded, for its page. */
	public Optional<DialogueSeries> seriesForPage(String slug) {
		Optional<DialogueSeries> found = series.findBySlug(slug);
		found.ifPresent(s -> Hibernate.initialize(s.getPartners()));
		return found;
	}

	/** A meeting with its series, topics and documents loaded, for its public page. */
	public Optional<Meeting> meetingForPage(String seriesSlug, int number) {
		Optional<Meeting> found = meetings.findBySeriesSlugAndNumber(seriesSlug, number);
		found.ifPresent(m -> {
			Hibernate.initialize(m.getTopics());
			Hibernate.initialize(m.getDocuments());
		});
		return found;
	}

	/** A meeting with everything loaded, participants included: for signed-in staff only. */
	public Optional<Meeting> meetingForStaff(String seriesSlug, int number) {
		Optional<Meeting> found = meetingForPage(seriesSlug, number);
		found.ifPresent(m -> Hibernate.initialize(m.getParticipants()));
		return found;
	}

	/** Every meeting, newest first, with its series: the internal calendar (planned and unannounced ones too). */
	public List<Meeting> allMeetings(int limit) {
		return meetings.findAllNewestFirst(org.springframework.data.domain.PageRequest.of(0, limit));
	}

	/** The documents a meeting can have attached: the published ones, newest first. */
	public List<Document> attachableDocuments() {
		return content.publishedDocuments();
	}

	/**
	 * Records a meeting with everything the back office form holds, under the series' next number.
	 *
	 * @throws IllegalArgumentException naming the field that is wrong
	 */
	@Transactional
	public Meeting recordMeeting(String seriesSlug, MeetingDetails details) {
		Meeting meeting = recordMeeting(seriesSlug, 0, details.startsAt(), details.virtual() ? null : details.place(),
				details.virtual(), details.status(), LocalizedText.empty(), LocalizedText.empty(), List.of());
		apply(meeting, details);
		return meeting;
	}

	/**
	 * Changes a meeting: time, place, status, texts, announcement, agenda, participants and documents.
	 * Calendars see the same event (same UID) with a higher SEQUENCE.
	 */
	@Transactional
	public Meeting reviseMeeting(String seriesSlug, int number, MeetingDetails details) {
		Meeting meeting = meetings.findBySeriesSlugAndNumber(seriesSlug, number)
			.orElseThrow(() -> new IllegalArgumentException(
					"Series '" + seriesSlug + "' has no meeting number " + number));
		meeting.moveTo(details.startsAt(), details.virtual() ? null : details.place(), details.virtual());
		apply(meeting, details);
		meetings.flush();
		return meeting;
	}

	private void apply(Meeting meeting, MeetingDetails details) {
		meeting.record(details.status(), english(meeting.getSummary(), details.summary()),
				english(meeting.getOutcome(), details.outcome()));
		meeting.listPublicly(details.publiclyListed());
		try {
			meeting.setAgenda(taxonomy.requireTerms(Vocabulary.THEMES, details.topicSlugs()));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("topics: " + ex.getMessage(), ex);
		}
		List<Document> documents = new java.util.ArrayList<>();
		for (String slug : details.documentSlugs()) {
			documents.add(content.publishedDocument(slug)
				.orElseThrow(() -> new IllegalArgumentException("documents: there is no published document '" + slug + "'")));
		}
		meeting.attach(documents);
		meeting.setParticipants(details.participants());
	}

	/** The text with its English version replaced (or removed when blank); other languages are kept. */
	private static LocalizedText english(LocalizedText text, String english) {
		return text.with("en", english);
	}

	/**
	 * Moves a meeting to another time (and place), keeping its number; calendars see the same event
	 * with a higher SEQUENCE.
	 */
	@Transactional
	public Meeting rescheduleMeeting(String seriesSlug, int number, ZonedDateTime startsAt, String place,
			boolean virtual) {
		Meeting meeting = meetings.findBySeriesSlugAndNumber(seriesSlug, number)
			.orElseThrow(() -> new IllegalArgumentException(
					"Series '" + seriesSlug + "' has no meeting number " + number));
		meeting.moveTo(startsAt, place, virtual);
		meetings.flush();
		return meeting;
	}

	/** Announces a planned meeting to the public, or withdraws the announcement. */
	@Transactional
	public Meeting listMeetingPublicly(String seriesSlug, int number, boolean listed) {
		Meeting meeting = meetings.findBySeriesSlugAndNumber(seriesSlug, number)
			.orElseThrow(() -> new IllegalArgumentException(
					"Series '" + seriesSlug + "' has no meeting number " + number));
		meeting.listPublicly(listed);
		meetings.flush();
		return meeting;
	}

	/** Meetings the public may see, newest first: all, or of one series, or with one partner. */
	public List<Meeting> publicMeetings(String seriesSlug, Partner partner, int limit) {
		return meetings.findPublic(seriesSlug, (partner == null) ? null : partner.getId(),
				org.springframework.data.domain.PageRequest.of(0, limit));
	}

	@Transactional
	public DialogueSeries startSeries(String slug, LocalizedText name, DialogueFormat format, DialogueLevel level,
			LocalizedText summary, String leadUnit, Collection<String> partnerSlugs) {
		if (series.findBySlug(slug).isPresent()) {
			throw new IllegalArgumentException("A dialogue series with slug '" + slug + "' exists already");
		}
		DialogueSeries created = new DialogueSeries(slug, name, format, level);
		created.describe(summary, leadUnit);
		for (String partnerSlug : partnerSlugs) {
			created.withPartner(partners.anyPartner(partnerSlug)
				.orElseThrow(() -> new IllegalArgumentException("There is no partner '" + partnerSlug + "'")));
		}
		return series.save(created);
	}

	/** Records a meeting of a series; {@code number} 0 takes the next sequence number. */
	@Transactional
	public Meeting recordMeeting(String seriesSlug, int number, ZonedDateTime startsAt, String place,
			boolean virtual, MeetingStatus status, LocalizedText summary, LocalizedText outcome,
			Collection<String> topicSlugs) {
		DialogueSeries owner = series.findBySlug(seriesSlug)
			.orElseThrow(() -> new IllegalArgumentException("There is no dialogue series '" + seriesSlug + "'"));
		int sequence = (number > 0) ? number : meetings.lastSequenceNumber(owner.getId()) + 1;
		if (meetings.findBySeriesSlugAndNumber(seriesSlug, sequence).isPresent()) {
			throw new IllegalArgumentException("Series '" + seriesSlug + "' has a meeting number " + sequence + " already");
		}
		Meeting meeting = new Meeting(owner, sequence, startsAt, place, virtual);
		meeting.record(status, summary, outcome);
		meeting.discuss(taxonomy.requireTerms(Vocabulary.THEMES, topicSlugs));
		return meetings.save(meeting);
	}

}
