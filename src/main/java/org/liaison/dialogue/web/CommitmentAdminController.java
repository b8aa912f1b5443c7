package org.liaison.dialogue.web;

import java.security.Principal;
import java.util.List;
import java.util.stream.Stream;

import org.liaison.dialogue.Commitment;
import org.liaison.dialogue.CommitmentService;
import org.liaison.dialogue.CommitmentStatus;
import org.liaison.dialogue.DialogueService;
import org.liaison.dialogue.Meeting;
import org.liaison.partner.PartnerService;
import org.liaison.security.AccountService;
import org.liaison.security.UserAccount;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The commitment lists officers work from: overdue, due soon, their own ("mine": the owner's
 * e-mail is theirs), with one partner, of one dialogue; and a commitment's status updates.
 */
@Controller
class CommitmentAdminController {

	/** The views, in the order the page offers them. */
	static final List<String> VIEWS = List.of("pending", "overdue", "soon", "mine");

	private final CommitmentService commitments;

	private final DialogueService dialogues;

	private final PartnerService partners;

	private final AccountService accounts;

	CommitmentAdminController(CommitmentService commitments, DialogueService dialogues, PartnerService partners,
			AccountService accounts) {
		this.commitments = commitments;
		this.dialogues = dialogues;
		this.partners = partners;
		this.accounts = accounts;
	}

	@GetMapping("/admin/commitments")
	String commitments(@RequestParam(defaultValue = "pending") String view,
			@RequestParam(required = false) String partner, @RequestParam(required = false) String dialogue,
			Principal principal, Model model) {
		String email = accounts.byUsername(principal.getName()).map(UserAccount::getEmail).orElse(null);
		List<Commitment> list = switch (view) {
			case "overdue" -> commitments.overdue();
			case "soon" -> commitments.dueSoon();
			case "mine" -> (email == null) ? List.of() : commitments.ownedBy(email);
			case "partner" -> commitments.ofPartner(partners.anyPartner(partner == null ? "" : partner)
				.orElseThrow(() -> notFound("No partner '" + partner + "'")));
			case "dialogue" -> {
				dialogues.series(dialogue == null ? "" : dialogue)
					.orElseThrow(() -> notFound("No dialogue series '" + dialogue + "'"));
				yield commitments.ofSeries(dialogue);
			}
			case "pending" -> Stream.concat(commitments.overdue().stream(), commitments.dueSoon().stream()).toList();
			default -> throw notFound("No view '" + view + "'");
		};
		model.addAttribute("view", view);
		model.addAttribute("partner", partner);
		model.addAttribute("dialogue", dialogue);
		model.addAttribute("email", email);
		model.addAttribute("commitments", list);
		model.addAttribute("today", commitments.today());
		model.addAttribute("partners", partners.everyPartner("en"));
		model.addAttribute("dialogues", dialogues.allSeries());
		return "admin/dialogue/commitments";
	}

	@PostMapping("/admin/commitments/{id:\\d{1,18}}/status")
	String updateCommitment(@PathVariable long id, @RequestParam String status,
			@RequestParam(required = false) String comment, Principal principal) {
		CommitmentStatus target;
		try {
			target = CommitmentStatus.valueOf(status);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "status: '" + status + "' is not a commitment status");
		}
		Commitment commitment = commitments.commitment(id).orElseThrow(() -> notFound("No commitment " + id));
		commitments.updateCommitment(id, target, (comment == null || comment.isBlank()) ? null : comment,
				principal.getName());
		Meeting meeting = commitment.getMeeting();
		return "redirect:/admin/dialogues/" + meeting.getSeries().getSlug() + "/meetings/" + meeting.getSequenceNumber()
				+ "?updated#commitment-" + id;
	}

	private static ResponseStatusException notFound(String reason) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, reason);
	}

}
