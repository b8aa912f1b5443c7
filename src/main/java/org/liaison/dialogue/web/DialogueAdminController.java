package org.liaison.dialogue.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.liaison.common.LocalizedText;
import org.liaison.content.RelatedContentService;
import org.liaison.dialogue.Commitment;
import org.liaison.dialogue.CommitmentService;
import org.liaison.dialogue.CommitmentService.NewCommitment;
import org.liaison.dialogue.CommitmentStatus;
import org.liaison.dialogue.DialogueSeries;
import org.liaison.dialogue.DialogueService;
import org.liaison.dialogue.Meeting;
import org.liaison.partner.PartnerService;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Dialogues in the back office: record a meeting, the commitments made at it, and how each goes;
 * the overdue and due-soon lists officers work from.
 */
@Controller
class DialogueAdminController {

	private final DialogueService dialogues;

	private final CommitmentService commitments;

	private final PartnerService partners;

	private final RelatedContentService items;

	DialogueAdminController(DialogueService dialogues, CommitmentService commitments, PartnerService partners,
			RelatedContentService items) {
		this.dialogues = dialogues;
		this.commitments = commitments;
		this.partners = partners;
		this.items = items;
	}

	@GetMapping("/admin/dialogues")
	String series(Model model) {
		List<DialogueSeries> all = dialogues.allSeriesWithPartners();
		model.addAttribute("series", all);
		model.addAttribute("meetings", dialogues.meetingsOf(all));
		return "admin/dialogue/series-list";
	}

	@GetMapping("/admin/dialogues/{slug}/meetings/new")
	String newMeeting(@PathVariable String slug, Model model) {
		return meetingForm(model, series(slug), new MeetingForm(), Map.of());
	}

	@PostMapping("/admin/dialogues/{slug}/meetings")
	String recordMeeting(@PathVariable String slug, @ModelAttribute("form") MeetingForm form, Model model) {
		DialogueSeries series = series(slug);
		Map<String, String> errors = form.errors();
		if (!errors.isEmpty()) {
			return meetingForm(model, series, form, errors);
		}
		Meeting meeting = dialogues.recordMeeting(slug, 0, form.startsAt(), form.isVirtual() ? null : form.getPlace(),
				form.isVirtual(), form.statusValue(), LocalizedText.of("en", form.getSummary()),
				LocalizedText.of("en", form.getOutcome()), List.of());
		if (form.isPubliclyListed()) {
			dialogues.listMeetingPublicly(slug, meeting.getSequenceNumber(), true);
		}
		return "redirect:/admin/dialogues/" + slug + "/meetings/" + meeting.getSequenceNumber() + "?saved";
	}

	@GetMapping("/admin/dialogues/{slug}/meetings/{number:\\d{1,9}}")
	String meeting(@PathVariable String slug, @PathVariable int number, Model model) {
		return meetingPage(model, slug, number, new CommitmentForm(), Map.of());
	}

	@PostMapping("/admin/dialogues/{slug}/meetings/{number:\\d{1,9}}/commitments")
	String recordCommitment(@PathVariable String slug, @PathVariable int number,
			@ModelAttribute("form") CommitmentForm form, Principal principal, Model model) {
		Map<String, String> errors = new LinkedHashMap<>(form.errors());
		if (!errors.containsKey("projects") && items.summaries(form.projectRefs()).size() < form.projectRefs().size()) {
			errors.put("projects", "dialogue.admin.error.unknownProject");
		}
		if (!errors.isEmpty()) {
			return meetingPage(model, slug, number, form, errors);
		}
		commitments.recordCommitment(slug, number, new NewCommitment(LocalizedText.of("en", form.getText()),
				form.side(), form.getOwnerName(), form.getOwnerEmail(), form.due(), form.projectRefs(), null,
				principal.getName()));
		return "redirect:/admin/dialogues/" + slug + "/meetings/" + number + "?committed";
	}

	@GetMapping("/admin/commitments")
	String commitments(@RequestParam(defaultValue = "pending") String view,
			@RequestParam(required = false) String partner, Model model) {
		List<Commitment> list = switch (view) {
			case "overdue" -> commitments.overdue();
			case "soon" -> commitments.dueSoon();
			case "partner" -> commitments.ofPartner(partners.partner(partner == null ? "" : partner)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No partner '" + partner + "'")));
			case "pending" -> java.util.stream.Stream.concat(commitments.overdue().stream(), commitments.dueSoon().stream())
				.toList();
			default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No view '" + view + "'");
		};
		model.addAttribute("view", view);
		model.addAttribute("partner", partner);
		model.addAttribute("commitments", list);
		model.addAttribute("today", commitments.today());
		model.addAttribute("partners", partners.allPartners("en"));
		return "admin/dialogue/commitments";
	}

	@PostMapping("/admin/commitments/{id:\\d{1,18}}/status")
	String updateCommitment(@PathVariable long id, @RequestParam String status,
			@RequestParam(required = false) String comment, @RequestParam(required = false) String back,
			Principal principal) {
		CommitmentStatus target;
		try {
			target = CommitmentStatus.valueOf(status);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "status: '" + status + "' is not a commitment status");
		}
		Commitment commitment = commitments.commitment(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No commitment " + id));
		commitments.updateCommitment(id, target, (comment == null || comment.isBlank()) ? null : comment,
				principal.getName());
		Meeting meeting = commitment.getMeeting();
		return "redirect:/admin/dialogues/" + meeting.getSeries().getSlug() + "/meetings/" + meeting.getSequenceNumber()
				+ "?updated#commitment-" + id;
	}

	private String meetingForm(Model model, DialogueSeries series, MeetingForm form, Map<String, String> errors) {
		model.addAttribute("dialogue", series);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "admin/dialogue/meeting-form";
	}

	private String meetingPage(Model model, String slug, int number, CommitmentForm form, Map<String, String> errors) {
		Meeting meeting = dialogues.meetingForPage(slug, number)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No meeting " + slug + "/" + number));
		model.addAttribute("meeting", meeting);
		model.addAttribute("commitments", commitments.ofMeeting(slug, number));
		model.addAttribute("today", commitments.today());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "admin/dialogue/meeting";
	}

	private DialogueSeries series(String slug) {
		return dialogues.series(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No dialogue series '" + slug + "'"));
	}

}
