package org.liaison.dialogue.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.liaison.common.LocalizedText;
import org.liaison.content.RelatedContentService;
import org.liaison.dialogue.CommitmentService;
import org.liaison.dialogue.CommitmentService.NewCommitment;
import org.liaison.dialogue.DialogueSeries;
import org.liaison.dialogue.DialogueService;
import org.liaison.dialogue.Meeting;
import org.liaison.taxonomy.TaxonomyService;
import org.liaison.taxonomy.Vocabulary;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * Dialogues in the back office: record a meeting and change it (status, agenda, participants,
 * documents), and record the commitments made at it.
 */
@Controller
class DialogueAdminController {

	private final DialogueService dialogues;

	private final CommitmentService commitments;

	private final RelatedContentService items;

	private final TaxonomyService taxonomy;

	DialogueAdminController(DialogueService dialogues, CommitmentService commitments, RelatedContentService items,
			TaxonomyService taxonomy) {
		this.dialogues = dialogues;
		this.commitments = commitments;
		this.items = items;
		this.taxonomy = taxonomy;
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
		return meetingForm(model, series(slug), 0, new MeetingForm(), Map.of());
	}

	@PostMapping("/admin/dialogues/{slug}/meetings")
	String recordMeeting(@PathVariable String slug, @ModelAttribute("form") MeetingForm form, Model model) {
		DialogueSeries series = series(slug);
		Map<String, String> errors = form.errors();
		if (!errors.isEmpty()) {
			return meetingForm(model, series, 0, form, errors);
		}
		Meeting meeting;
		try {
			meeting = dialogues.recordMeeting(slug, form.details());
		}
		catch (IllegalArgumentException ex) {
			return meetingForm(model, series, 0, form, refused(ex));
		}
		return "redirect:/admin/dialogues/" + slug + "/meetings/" + meeting.getSequenceNumber() + "?saved";
	}

	@GetMapping("/admin/dialogues/{slug}/meetings/{number:\\d{1,9}}/edit")
	String editMeeting(@PathVariable String slug, @PathVariable int number, Model model) {
		Meeting meeting = meeting(slug, number);
		return meetingForm(model, meeting.getSeries(), number, MeetingForm.of(meeting), Map.of());
	}

	@PostMapping("/admin/dialogues/{slug}/meetings/{number:\\d{1,9}}")
	String reviseMeeting(@PathVariable String slug, @PathVariable int number, @ModelAttribute("form") MeetingForm form,
			Model model) {
		Meeting meeting = meeting(slug, number);
		Map<String, String> errors = form.errors();
		if (errors.isEmpty()) {
			try {
				dialogues.reviseMeeting(slug, number, form.details());
				return "redirect:/admin/dialogues/" + slug + "/meetings/" + number + "?saved";
			}
			catch (IllegalArgumentException ex) {
				errors = refused(ex);
			}
		}
		return meetingForm(model, meeting.getSeries(), number, form, errors);
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

	/** A refusal by the service, as the form's error on the field it names. */
	private static Map<String, String> refused(IllegalArgumentException ex) {
		String message = (ex.getMessage() == null) ? "" : ex.getMessage();
		String field = message.contains(":") ? message.substring(0, message.indexOf(':')) : "";
		return Map.of(switch (field) {
			case "topics", "documents", "participants" -> field;
			default -> "date";
		}, "dialogue.admin.error." + switch (field) {
			case "topics" -> "topics";
			case "documents" -> "documents";
			case "participants" -> "participant";
			default -> "date";
		});
	}

	private String meetingForm(Model model, DialogueSeries series, int number, MeetingForm form,
			Map<String, String> errors) {
		model.addAttribute("dialogue", series);
		model.addAttribute("number", number);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("topics", taxonomy.terms(Vocabulary.THEMES));
		model.addAttribute("documents", dialogues.attachableDocuments());
		return "admin/dialogue/meeting-form";
	}

	private String meetingPage(Model model, String slug, int number, CommitmentForm form, Map<String, String> errors) {
		model.addAttribute("meeting", meeting(slug, number));
		model.addAttribute("commitments", commitments.ofMeeting(slug, number));
		model.addAttribute("today", commitments.today());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "admin/dialogue/meeting";
	}

	private Meeting meeting(String slug, int number) {
		return dialogues.meetingForStaff(slug, number)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No meeting " + slug + "/" + number));
	}

	private DialogueSeries series(String slug) {
		return dialogues.series(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No dialogue series '" + slug + "'"));
	}

}
