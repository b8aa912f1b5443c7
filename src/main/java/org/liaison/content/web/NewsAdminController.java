package org.liaison.content.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.liaison.common.web.PageNumber;
import org.liaison.common.web.PortalLanguages;
import org.liaison.content.NewsEditor;
import org.liaison.content.NewsEditor.EditConflictException;
import org.liaison.content.NewsEditor.HistoryEntry;
import org.liaison.content.NewsEditor.SlugTakenException;
import org.liaison.content.NewsItem;
import org.liaison.common.PublicationStatus;
import org.liaison.common.ScheduleException;
import org.liaison.common.web.ScheduleForm;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * News in the back office: the list, the form with a tab per language, the workflow, deletion with
 * confirmation, the history with its diffs and restore, and the conflict page when two people edit
 * the same item.
 */
@Controller
class NewsAdminController {

	private final NewsEditor editor;

	private final PortalLanguages languages;

	private final NewsFormView view;

	NewsAdminController(NewsEditor editor, PortalLanguages languages, NewsFormView view) {
		this.editor = editor;
		this.languages = languages;
		this.view = view;
	}

	@GetMapping("/admin/news")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
			@RequestParam(required = false) String sort, @RequestParam(name = "page", required = false) String pageNumber,
			Model model) {
		int number = PageNumber.parse(pageNumber);
		PublicationStatus wanted = parseStatus(status);
		NewsEditor.SortOrder order = NewsEditor.SortOrder.parse(sort);
		Page<NewsItem> found = editor.search(q, wanted, order, number);
		model.addAttribute("items", found.getContent());
		model.addAttribute("total", found.getTotalElements());
		model.addAttribute("q", (q == null) ? "" : q);
		model.addAttribute("status", wanted);
		model.addAttribute("sort", order);
		model.addAttribute("current", number);
		model.addAttribute("pageCount", Math.max(1, found.getTotalPages()));
		model.addAttribute("languages", languages.languages());
		return "admin/news/list";
	}

	@GetMapping("/admin/news/new")
	String create(Model model) {
		NewsForm form = new NewsForm();
		form.setPublishedOn(java.time.LocalDate.now());
		return form(model, form, null, Map.of());
	}

	@PostMapping("/admin/news")
	String created(@Valid @ModelAttribute("form") NewsForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return invalid(model, form, null, binding);
		}
		try {
			NewsItem item = editor.create(form.draft());
			return "redirect:/admin/news/" + item.getId() + "?saved";
		}
		catch (SlugTakenException ex) {
			return form(model, form, null, Map.of("slug", "admin.validation.slugTaken"));
		}
	}

	@GetMapping("/admin/news/{id}")
	String edit(@PathVariable long id, Model model) {
		NewsItem item = require(id);
		return form(model, NewsForm.of(item), item, Map.of());
	}

	@PostMapping("/admin/news/{id}")
	String updated(@PathVariable long id, @Valid @ModelAttribute("form") NewsForm form, BindingResult binding,
			Model model, HttpServletResponse response) {
		NewsItem item = require(id);
		if (binding.hasErrors() || form.getVersion() == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return invalid(model, form, item, binding);
		}
		try {
			editor.update(id, form.getVersion(), form.draft());
			return "redirect:/admin/news/" + id + "?saved";
		}
		catch (SlugTakenException ex) {
			return form(model, form, item, Map.of("slug", "admin.validation.slugTaken"));
		}
		catch (EditConflictException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return conflict(model, form, id);
		}
	}

	@PostMapping("/admin/news/{id}/status")
	String move(@PathVariable long id, @RequestParam String target, @RequestParam long version, Model model) {
		PublicationStatus status = parseStatus(target);
		if (status == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No status '" + target + "'");
		}
		try {
			editor.move(id, version, status);
		}
		catch (IllegalStateException ex) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, ex.getMessage());
		}
		catch (EditConflictException | ObjectOptimisticLockingFailureException ex) {
			return "redirect:/admin/news/" + id + "?stale";
		}
		return "redirect:/admin/news/" + id + "?moved=" + status.name().toLowerCase(java.util.Locale.ROOT);
	}

	/** Publish at a date and time, in a zone; the scheduler does it then. */
	@PostMapping("/admin/news/{id}/schedule")
	String schedule(@PathVariable long id, @RequestParam(required = false) String at,
			@RequestParam(required = false) String zone, @RequestParam long version, Model model,
			HttpServletResponse response) {
		NewsItem item = require(id);
		ScheduleForm schedule = new ScheduleForm(at == null ? "" : at.strip(), zone == null ? "" : zone.strip());
		String error;
		try {
			java.time.LocalDateTime when = java.time.LocalDateTime.parse(schedule.at());
			java.time.ZoneId zoneId = java.time.ZoneId.of(schedule.zone());
			editor.schedule(id, version, when, zoneId);
			return "redirect:/admin/news/" + id + "?scheduled";
		}
		catch (java.time.format.DateTimeParseException ex) {
			error = "admin.schedule.invalid";
		}
		catch (java.time.DateTimeException ex) {
			error = "admin.schedule.zone.invalid";
		}
		catch (ScheduleException ex) {
			error = ex.messageKey();
		}
		catch (IllegalStateException ex) {
			error = "admin.schedule.status";
		}
		catch (EditConflictException | ObjectOptimisticLockingFailureException ex) {
			return "redirect:/admin/news/" + id + "?stale";
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("schedule", schedule);
		return form(model, NewsForm.of(item), item, Map.of("schedule", error));
	}

	@PostMapping("/admin/news/{id}/unschedule")
	String unschedule(@PathVariable long id, @RequestParam long version) {
		require(id);
		try {
			editor.unschedule(id, version);
		}
		catch (EditConflictException | ObjectOptimisticLockingFailureException ex) {
			return "redirect:/admin/news/" + id + "?stale";
		}
		return "redirect:/admin/news/" + id + "?unscheduled";
	}

	@GetMapping("/admin/news/{id}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		model.addAttribute("item", require(id));
		return "admin/news/delete";
	}

	@PostMapping("/admin/news/{id}/delete")
	String delete(@PathVariable long id) {
		require(id);
		editor.delete(id);
		return "redirect:/admin/news?deleted";
	}

	@GetMapping("/admin/news/{id}/history")
	String history(@PathVariable long id, Model model) {
		NewsItem item = require(id);
		List<HistoryEntry> entries = new ArrayList<>(editor.history(id));
		java.util.Collections.reverse(entries);
		model.addAttribute("item", item);
		model.addAttribute("entries", entries);
		return "admin/news/history";
	}

	@GetMapping("/admin/news/{id}/history/{revision}")
	String revision(@PathVariable long id, @PathVariable long revision, Model model) {
		NewsItem item = require(id);
		List<HistoryEntry> entries = editor.history(id);
		HistoryEntry shown = null;
		HistoryEntry before = null;
		for (HistoryEntry entry : entries) {
			if (entry.revision() == revision) {
				shown = entry;
				break;
			}
			before = entry;
		}
		if (shown == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No revision " + revision + " of news " + id);
		}
		model.addAttribute("item", item);
		model.addAttribute("entry", shown);
		model.addAttribute("before", before);
		model.addAttribute("languages", languagesOf(item, null));
		return "admin/news/revision";
	}

	@PostMapping("/admin/news/{id}/history/{revision}/restore")
	String restore(@PathVariable long id, @PathVariable long revision) {
		require(id);
		try {
			editor.restore(id, revision);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
		}
		catch (SlugTakenException ex) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, ex.getMessage());
		}
		return "redirect:/admin/news/" + id + "?restored";
	}

	@ExceptionHandler(NewsEditor.NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	void notFound() {
		// answered by the error page
	}

	private String form(Model model, NewsForm form, NewsItem item, Map<String, String> errors) {
		return view.render(model, form, item, errors);
	}

	private String invalid(Model model, NewsForm form, NewsItem item, BindingResult binding) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : binding.getFieldErrors()) {
			String field = switch (error.getField()) {
				case "titleGiven", "titleShortEnough" -> "title";
				case "teaserShortEnough" -> "teaser";
				case "bodyShortEnough" -> "body";
				case "languagesValid" -> "form";
				default -> error.getField().replaceAll("\\[.*", "");
			};
			String message = error.getDefaultMessage();
			errors.putIfAbsent(field, (message != null && message.startsWith("admin.")) ? message
					: "admin.validation.invalid");
		}
		if (binding.getGlobalErrorCount() > 0 || (item != null && form.getVersion() == null)) {
			errors.putIfAbsent("form", "admin.validation.invalid");
		}
		return form(model, form, item, errors);
	}

	private String conflict(Model model, NewsForm mine, long id) {
		NewsItem current = require(id);
		model.addAttribute("mine", mine);
		model.addAttribute("item", current);
		model.addAttribute("theirs", NewsForm.of(current));
		model.addAttribute("languages", languagesOf(current, mine));
		return "admin/news/conflict";
	}

	private List<String> languagesOf(NewsItem item, NewsForm form) {
		return view.languagesOf(item, form);
	}

	private NewsItem require(long id) {
		return editor.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No news item " + id));
	}

	private static PublicationStatus parseStatus(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return PublicationStatus.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
