package org.liaison.api.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.liaison.dialogue.DialogueSeries;
import org.liaison.dialogue.DialogueService;
import org.liaison.dialogue.Meeting;
import org.liaison.partner.Partner;

import org.springframework.http.HttpHeaders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/dialogues}: dialogue series, and their meetings that the public may see (held, or
 * announced); planned meetings that are not announced are never given.
 */
@RestController
@Tag(name = "Dialogues")
@Transactional(readOnly = true)
class DialogueApiController {

	private final DialogueService dialogues;

	private final ApiRequests requests;

	private final Paging paging;

	DialogueApiController(DialogueService dialogues, ApiRequests requests, Paging paging) {
		this.dialogues = dialogues;
		this.requests = requests;
		this.paging = paging;
	}

	@GetMapping("/api/v1/dialogues")
	@Operation(summary = "Dialogue series, by slug")
	Listing<SeriesJson> list(@Parameter(description = ApiParameters.LANG) @RequestParam(required = false) String lang,
			@Parameter(description = ApiParameters.LIMIT) @RequestParam(required = false) String limit,
			@Parameter(description = ApiParameters.CURSOR) @RequestParam(required = false) String cursor,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		ApiLanguage language = requests.language(lang, acceptLanguage);
		return paging.page("dialogues", dialogues.allSeries(), DialogueSeries::getSlug, cursor, paging.limit(limit),
				s -> SeriesJson.of(s, language), language);
	}

	@GetMapping("/api/v1/dialogues/{slug}")
	@Operation(summary = "One dialogue series")
	SeriesJson series(@PathVariable String slug,
			@Parameter(description = ApiParameters.LANG) @RequestParam(required = false) String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		ApiLanguage language = requests.language(lang, acceptLanguage);
		return dialogues.series(slug).map(s -> SeriesJson.of(s, language))
			.orElseThrow(() -> ApiException.notFound("dialogue", slug));
	}

	@GetMapping("/api/v1/dialogues/{slug}/meetings")
	@Operation(summary = "A series' public meetings, by number")
	Listing<MeetingJson> meetings(@PathVariable String slug,
			@Parameter(description = ApiParameters.LANG) @RequestParam(required = false) String lang,
			@Parameter(description = ApiParameters.LIMIT) @RequestParam(required = false) String limit,
			@Parameter(description = ApiParameters.CURSOR) @RequestParam(required = false) String cursor,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		ApiLanguage language = requests.language(lang, acceptLanguage);
		DialogueSeries series = dialogues.series(slug).orElseThrow(() -> ApiException.notFound("dialogue", slug));
		List<Meeting> meetings = dialogues.publicMeetingsOf(List.of(series)).getOrDefault(series.getId(), List.of());
		return paging.page("meetings", meetings, DialogueApiController::key, cursor, paging.limit(limit),
				m -> MeetingJson.of(m, language), language);
	}

	@GetMapping("/api/v1/meetings")
	@Operation(summary = "Every public meeting of every series, by series and number")
	Listing<MeetingJson> allMeetings(
			@Parameter(description = ApiParameters.LANG) @RequestParam(required = false) String lang,
			@Parameter(description = ApiParameters.LIMIT) @RequestParam(required = false) String limit,
			@Parameter(description = ApiParameters.CURSOR) @RequestParam(required = false) String cursor,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		ApiLanguage language = requests.language(lang, acceptLanguage);
		List<Meeting> meetings = dialogues.publicMeetingsOf(dialogues.allSeries()).values().stream()
			.flatMap(List::stream).toList();
		return paging.page("all-meetings", meetings, DialogueApiController::key, cursor, paging.limit(limit),
				m -> MeetingJson.of(m, language), language);
	}

	@GetMapping("/api/v1/dialogues/{slug}/meetings/{number}")
	@Operation(summary = "One public meeting")
	MeetingJson meeting(@PathVariable String slug, @PathVariable int number,
			@Parameter(description = ApiParameters.LANG) @RequestParam(required = false) String lang,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		ApiLanguage language = requests.language(lang, acceptLanguage);
		return dialogues.meeting(slug, number).filter(Meeting::isPublic).map(m -> MeetingJson.of(m, language))
			.orElseThrow(() -> ApiException.notFound("public meeting", slug + "/" + number));
	}

	/** Series slug, then the number zero-padded, so that keys sort as series and numbers do. */
	private static String key(Meeting meeting) {
		return meeting.getSeries().getSlug() + "/" + String.format(Locale.ROOT, "%09d", meeting.getSequenceNumber());
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(name = "Dialogue")
	record SeriesJson(@Schema(example = "eu-australia-digital-dialogue") String slug, Text name, Text summary,
			@Schema(allowableValues = { "dialogue", "summit", "council", "task_force", "working_group" }) String format,
			@Schema(allowableValues = { "ministerial", "senior_officials", "technical" }) String level,
			String leadUnit, List<String> partners, String meetings, String portalUrl) {

		static SeriesJson of(DialogueSeries series, ApiLanguage language) {
			return new SeriesJson(series.getSlug(), Text.of(series.getName(), language),
					Text.of(series.getSummary(), language), lower(series.getFormat()), lower(series.getLevel()),
					series.getLeadUnit(), series.getPartners().stream().map(Partner::getSlug).sorted().toList(),
					"/api/v1/dialogues/" + series.getSlug() + "/meetings",
					language.portalUrl("dialogues/" + series.getSlug()));
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(name = "Meeting")
	record MeetingJson(String dialogue, int number,
			@Schema(description = "Start, with the offset of the time zone it is held in") OffsetDateTime startsAt,
			@Schema(example = "Australia/Canberra") String timeZone, String place, boolean virtual,
			@Schema(allowableValues = { "ministerial", "senior_officials", "technical" }) String level,
			@Schema(allowableValues = { "planned", "held", "postponed", "cancelled" }) String status, Text summary,
			Text outcome, List<ProjectJson.TermRef> topics, String portalUrl) {

		static MeetingJson of(Meeting meeting, ApiLanguage language) {
			return new MeetingJson(meeting.getSeries().getSlug(), meeting.getSequenceNumber(),
					meeting.getStartsAt().toOffsetDateTime(), meeting.getStartsAt().getZone().getId(), meeting.getPlace(),
					meeting.isVirtual(), lower(meeting.getLevel()), lower(meeting.getStatus()),
					Text.of(meeting.getSummary(), language), Text.of(meeting.getOutcome(), language),
					meeting.getTopics().stream().map(t -> new ProjectJson.TermRef(t.getVocabulary().getCode(), t.getSlug()))
						.sorted(java.util.Comparator.comparing(ProjectJson.TermRef::vocabulary)
							.thenComparing(ProjectJson.TermRef::slug))
						.toList(),
					language.portalUrl("dialogues/" + meeting.getSeries().getSlug() + "/meetings/"
							+ meeting.getSequenceNumber()));
		}

	}

	private static String lower(Enum<?> value) {
		return (value == null) ? null : value.name().toLowerCase(Locale.ROOT);
	}

}
