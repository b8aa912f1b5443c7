package org.liaison.exchange.calendar;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import net.fortuna.ical4j.model.Calendar;

import org.liaison.common.web.BaseUrl;
import org.liaison.common.web.PortalLanguages;
import org.liaison.dialogue.DialogueSeries;
import org.liaison.dialogue.DialogueService;
import org.liaison.dialogue.Meeting;
import org.liaison.partner.Partner;
import org.liaison.partner.PartnerService;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Public iCalendar feeds of meetings: all ({@code /calendar.ics}), with one partner, or of one
 * dialogue series. Held meetings and announced planned ones; {@code ?lang=hu} picks the language.
 */
@RestController
class CalendarController {

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

	/** Meetings in one feed at most: the newest. */
	static final int FEED_SIZE = 500;

	private final DialogueService dialogues;

	private final PartnerService partners;

	private final PortalLanguages languages;

	private final MessageSource messages;

	CalendarController(DialogueService dialogues, PartnerService partners, PortalLanguages languages,
			MessageSource messages) {
		this.dialogues = dialogues;
		this.partners = partners;
		this.languages = languages;
		this.messages = messages;
	}

	@GetMapping("/calendar.ics")
	ResponseEntity<String> all(@RequestParam(required = false) String lang, HttpServletRequest request) {
		String language = language(lang);
		return feed(t("calendar.all", language), dialogues.publicMeetings(null, null, FEED_SIZE), language, request);
	}

	@GetMapping("/calendar/partners/{slug}.ics")
	ResponseEntity<String> partner(@PathVariable String slug, @RequestParam(required = false) String lang,
			HttpServletRequest request) {
		String language = language(lang);
		Partner partner = partners.partner(slug).orElseThrow(() -> notFound("partner", slug));
		return feed(t("calendar.partner", language, partner.getName().textFor(language)),
				dialogues.publicMeetings(null, partner, FEED_SIZE), language, request);
	}

	@GetMapping("/calendar/dialogues/{slug}.ics")
	ResponseEntity<String> dialogue(@PathVariable String slug, @RequestParam(required = false) String lang,
			HttpServletRequest request) {
		String language = language(lang);
		DialogueSeries series = dialogues.series(slug).orElseThrow(() -> notFound("dialogue series", slug));
		return feed(series.getName().textFor(language), dialogues.publicMeetings(slug, null, FEED_SIZE), language,
				request);
	}

	private ResponseEntity<String> feed(String name, List<Meeting> meetings, String language,
			HttpServletRequest request) {
		String base = BaseUrl.of(request);
		Calendar calendar = MeetingCalendar.of(name, meetings, language, base, t("calendar.virtual", language));
		return ResponseEntity.ok().contentType(TEXT_CALENDAR).body(calendar.toString());
	}

	private String language(String requested) {
		return languages.requested(requested)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No portal language '" + requested + "'"));
	}

	private String t(String key, String language, Object... arguments) {
		return messages.getMessage(key, arguments, java.util.Locale.forLanguageTag(language));
	}

	private static ResponseStatusException notFound(String what, String slug) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "No " + what + " '" + slug + "'");
	}

}
