package org.liaison.dialogue.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.liaison.common.ItemRef;
import org.liaison.common.ItemType;
import org.liaison.common.web.Crumb;
import org.liaison.common.web.PageContext;
import org.liaison.content.LinkKind;
import org.liaison.content.RelatedContentService;
import org.liaison.dialogue.DialogueSeries;
import org.liaison.dialogue.DialogueService;
import org.liaison.dialogue.Meeting;
import org.liaison.dialogue.MeetingStatus;
import org.liaison.partner.Partner;
import org.liaison.common.web.Portal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The list of dialogue series, one series with its meetings, and one meeting. */
@Controller
class DialoguePageController {

	private final DialogueService dialogues;

	private final RelatedContentService related;

	DialoguePageController(DialogueService dialogues, RelatedContentService related) {
		this.dialogues = dialogues;
		this.related = related;
	}

	@GetMapping(Portal.LANG + "/dialogues")
	String list(@ModelAttribute(name = "page", binding = false) PageContext page, Model model) {
		List<DialogueSeries> all = dialogues.allSeriesWithPartners();
		Map<Long, List<Meeting>> meetings = dialogues.publicMeetingsOf(all);
		model.addAttribute("rows", all.stream()
			.map(s -> SeriesSummary.of(s, sortedPartners(s, page.language()),
					meetings.getOrDefault(s.getId(), List.of())))
			.toList());
		model.addAttribute("crumbs", List.of(homeCrumb(page), Crumb.here(page.t("dialogue.list.title"))));
		return "dialogue/list";
	}

	@GetMapping(Portal.LANG + "/dialogues/{slug}")
	String series(@ModelAttribute(name = "page", binding = false) PageContext page, @PathVariable String slug,
			Model model) {
		DialogueSeries series = dialogues.seriesForPage(slug).orElseThrow(() -> notFound("dialogue series", slug));
		List<Meeting> meetings = dialogues.publicMeetingsOf(List.of(series)).getOrDefault(series.getId(), List.of());
		ItemRef ref = new ItemRef(ItemType.DIALOGUE, series.getSlug());
		model.addAttribute("series", series);
		model.addAttribute("partners", sortedPartners(series, page.language()));
		model.addAttribute("held", meetings.stream().filter(m -> m.getStatus() == MeetingStatus.HELD).toList());
		model.addAttribute("other", meetings.stream().filter(m -> m.getStatus() != MeetingStatus.HELD)
			.sorted(Comparator.comparing(Meeting::getStartsAt)).toList());
		model.addAttribute("related", related.linksFrom(ref, LinkKind.RELATED));
		model.addAttribute("seeAlso", related.linksFrom(ref, LinkKind.SEE_ALSO));
		model.addAttribute("crumbs", List.of(homeCrumb(page), listCrumb(page),
				Crumb.here(series.getName().textFor(page.language()))));
		return "dialogue/series";
	}

	@GetMapping(Portal.LANG + "/dialogues/{slug}/meetings/{number:\\d{1,9}}")
	String meeting(@ModelAttribute(name = "page", binding = false) PageContext page, @PathVariable String slug,
			@PathVariable int number, Model model) {
		Meeting meeting = dialogues.meetingForPage(slug, number)
			.filter(Meeting::isPublic)
			.orElseThrow(() -> notFound("meeting", slug + "/" + number));
		DialogueSeries series = meeting.getSeries();
		model.addAttribute("meeting", meeting);
		ItemRef meetingRef = new ItemRef(ItemType.MEETING, series.getSlug() + "/" + number);
		model.addAttribute("related", related.linksFrom(meetingRef, LinkKind.RELATED));
		model.addAttribute("seeAlso", related.linksFrom(meetingRef, LinkKind.SEE_ALSO));
		model.addAttribute("title",
				page.t("dialogue.meeting.title", series.getName().textFor(page.language()), number));
		model.addAttribute("crumbs", List.of(homeCrumb(page), listCrumb(page),
				new Crumb(series.getName().textFor(page.language()), page.url("dialogues/" + series.getSlug())),
				Crumb.here(page.t("dialogue.meeting.number", number))));
		return "dialogue/meeting";
	}

	private static List<Partner> sortedPartners(DialogueSeries series, String language) {
		return series.getPartners().stream().sorted(Comparator.comparing(p -> p.getName().textFor(language))).toList();
	}

	private static Crumb homeCrumb(PageContext page) {
		return new Crumb(page.t("nav.home"), page.url(""));
	}

	private static Crumb listCrumb(PageContext page) {
		return new Crumb(page.t("dialogue.list.title"), page.url("dialogues"));
	}

	private static ResponseStatusException notFound(String what, String key) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "No " + what + " '" + key + "'");
	}

}
