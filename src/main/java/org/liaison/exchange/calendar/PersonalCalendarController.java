package org.liaison.exchange.calendar;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import net.fortuna.ical4j.model.Calendar;

import org.liaison.common.web.BaseUrl;
import org.liaison.common.web.PortalLanguages;
import org.liaison.dialogue.Commitment;
import org.liaison.dialogue.CommitmentService;
import org.liaison.dialogue.DialogueService;
import org.liaison.security.AccountService;
import org.liaison.security.AccountService.AccountException;
import org.liaison.security.UserAccount;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A staff member's own calendar feed, behind a secret link they make and revoke themselves: every
 * meeting (planned and unannounced ones too) and the due dates of the commitments they own. The
 * page also sets the language their mail and calendar are written in.
 */
@Controller
class PersonalCalendarController {

	private final CalendarTokens tokens;

	private final AccountService accounts;

	private final DialogueService dialogues;

	private final CommitmentService commitments;

	private final PortalLanguages languages;

	private final MessageSource messages;

	PersonalCalendarController(CalendarTokens tokens, AccountService accounts, DialogueService dialogues,
			CommitmentService commitments, PortalLanguages languages, MessageSource messages) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.dialogues = dialogues;
		this.commitments = commitments;
		this.languages = languages;
		this.messages = messages;
	}

	@GetMapping("/account/calendar")
	String page(Principal principal, Model model) {
		UserAccount account = account(principal.getName());
		model.addAttribute("liveSince", tokens.liveSince(account.getUsername()).orElse(null));
		model.addAttribute("account", account);
		model.addAttribute("languages", languages.languages());
		return "exchange/personal-calendar";
	}

	@PostMapping("/account/calendar")
	String createLink(Principal principal, HttpServletRequest request, RedirectAttributes redirect) {
		String token = tokens.create(principal.getName());
		redirect.addFlashAttribute("feedUrl", BaseUrl.of(request) + "/calendar/personal/" + token + ".ics");
		return "redirect:/account/calendar?created";
	}

	@PostMapping("/account/calendar/revoke")
	String revokeLink(Principal principal) {
		tokens.revoke(principal.getName());
		return "redirect:/account/calendar?revoked";
	}

	@PostMapping("/account/language")
	String chooseLanguage(Principal principal, @RequestParam(defaultValue = "") String language) {
		if (!language.isBlank() && !languages.supports(language)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "language: '" + language + "' is not a portal language");
		}
		try {
			accounts.changePreferredLanguage(principal.getName(), language);
		}
		catch (AccountException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "language: '" + language + "' is not a language code");
		}
		return "redirect:/account/calendar?language";
	}

	@GetMapping("/calendar/personal/{token}.ics")
	@ResponseBody
	ResponseEntity<String> feed(@PathVariable String token, HttpServletRequest request) {
		UserAccount account = tokens.owner(token)
			.flatMap(accounts::byUsername)
			.filter(UserAccount::isEnabled)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such calendar"));
		String language = (account.getPreferredLanguage() != null && languages.supports(account.getPreferredLanguage()))
				? account.getPreferredLanguage() : languages.defaultLanguage();
		List<Commitment> owned = (account.getEmail() == null) ? List.of()
				: commitments.ownedBy(account.getEmail()).stream().filter(c -> c.getStatus().isPending()).toList();
		String name = t("calendar.personal.name", language,
				(account.getDisplayName() == null) ? account.getUsername() : account.getDisplayName());
		Calendar calendar = MeetingCalendar.personal(name, dialogues.allMeetings(CalendarController.FEED_SIZE), owned,
				language, BaseUrl.of(request), t("calendar.virtual", language), t("calendar.personal.due", language) + " ");
		return ResponseEntity.ok()
			.contentType(CalendarController.TEXT_CALENDAR)
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(calendar.toString());
	}

	private UserAccount account(String username) {
		return accounts.byUsername(username).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String t(String key, String language, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.forLanguageTag(language));
	}

}
