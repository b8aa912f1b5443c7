package org.liaison.content.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.liaison.admin.FieldDifference;
import org.liaison.admin.FormErrors;
import org.liaison.common.InUseException;
import org.liaison.common.KeyTakenException;
import org.liaison.common.StaleEditException;
import org.liaison.common.web.PageNumber;
import org.liaison.common.web.PortalLanguages;
import org.liaison.content.ContentNotFoundException;
import org.liaison.content.ContentRevision;
import org.liaison.content.Page;
import org.liaison.content.PageEditor;
import org.liaison.content.PublicationStatus;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Editorial pages in the back office: the list, the form with a tab per language, the workflow,
 * deletion with confirmation, the history with restore, and the conflict differences.
 */
@Controller
class PageAdminController {

	private final PageEditor editor;

	private final PortalLanguages languages;

	PageAdminController(PageEditor editor, PortalLanguages languages) {
		this.editor = editor;
		this.languages = languages;
	}

	@GetMapping("/admin/pages")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
			@RequestParam(name = "page", required = false) String pageNumber, Model model) {
		int number = PageNumber.parse(pageNumber);
		PublicationStatus wanted = WorkflowStatus.parse(status);
		org.springframework.data.domain.Page<Page> found = editor.search(q, wanted, number);
		model.addAttribute("items", found.getContent());
		model.addAttribute("total", found.getTotalElements());
		model.addAttribute("q", (q == null) ? "" : q);
		model.addAttribute("status", wanted);
		model.addAttribute("current", number);
		model.addAttribute("pageCount", Math.max(1, found.getTotalPages()));
		return "admin/pages/list";
	}

	@GetMapping("/admin/pages/new")
	String create(@RequestParam(required = false) String source, Model model) {
		return form(model, new PageForm(), null, Map.of(), source);
	}

	@PostMapping("/admin/pages")
	String created(@Valid @ModelAttribute("form") PageForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, null, errors(binding), null);
		}
		try {
			return "redirect:/admin/pages/" + editor.create(form.draft()).getId() + "?saved";
		}
		catch (KeyTakenException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, null, Map.of("slug", "admin.validation.slugTaken"), null);
		}
	}

	@GetMapping("/admin/pages/{id}")
	String edit(@PathVariable long id, @RequestParam(required = false) String source, Model model) {
		Page item = require(id);
		return form(model, PageForm.of(item), item, Map.of(), source);
	}

	@PostMapping("/admin/pages/{id}")
	String updated(@PathVariable long id, @Valid @ModelAttribute("form") PageForm form, BindingResult binding,
			Model model, HttpServletResponse response) {
		Page item = require(id);
		if (binding.hasErrors() || form.getVersion() == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			Map<String, String> errors = new LinkedHashMap<>(errors(binding));
			if (form.getVersion() == null) {
				errors.putIfAbsent("form", "admin.validation.invalid");
			}
			return form(model, form, item, errors, null);
		}
		try {
			editor.update(id, form.getVersion(), form.draft());
			return "redirect:/admin/pages/" + id + "?saved";
		}
		catch (KeyTakenException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, item, Map.of("slug", "admin.validation.slugTaken"), null);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			Page current = require(id);
			model.addAttribute("differences", FieldDifference.between(PageForm.of(current).comparable(), form.comparable()));
			form.setVersion(current.getVersion());
			return form(model, form, current, Map.of(), null);
		}
	}

	@PostMapping("/admin/pages/{id}/status")
	String move(@PathVariable long id, @RequestParam String target, @RequestParam long version) {
		PublicationStatus status = WorkflowStatus.parse(target);
		if (status == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No status '" + target + "'");
		}
		require(id);
		try {
			editor.move(id, version, status);
		}
		catch (IllegalStateException ex) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, ex.getMessage());
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			return "redirect:/admin/pages/" + id + "?stale";
		}
		return "redirect:/admin/pages/" + id + "?moved=" + status.name().toLowerCase(Locale.ROOT);
	}

	@GetMapping("/admin/pages/{id}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		return deletePage(model, require(id), editor.dependents(id));
	}

	@PostMapping("/admin/pages/{id}/delete")
	String delete(@PathVariable long id, Model model, HttpServletResponse response) {
		Page item = require(id);
		try {
			editor.delete(id);
			return "redirect:/admin/pages?deleted";
		}
		catch (InUseException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return deletePage(model, item, ex.dependents());
		}
	}

	@GetMapping("/admin/pages/{id}/history")
	String history(@PathVariable long id, Model model) {
		Page item = require(id);
		List<ContentRevision> entries = new ArrayList<>(editor.history(id));
		Collections.reverse(entries);
		model.addAttribute("section", "pages");
		model.addAttribute("itemHref", "/admin/pages/" + id);
		model.addAttribute("itemTitle", item.getTitle());
		model.addAttribute("entries", entries);
		return "admin/pages/history";
	}

	@PostMapping("/admin/pages/{id}/history/{revision}/restore")
	String restore(@PathVariable long id, @PathVariable long revision) {
		require(id);
		try {
			editor.restore(id, revision);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
		}
		catch (KeyTakenException ex) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, ex.getMessage());
		}
		return "redirect:/admin/pages/" + id + "?restored";
	}

	@ExceptionHandler(ContentNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	void notFound() {
		// answered by the error page
	}

	private String deletePage(Model model, Page item, List<org.liaison.common.Dependent> dependents) {
		model.addAttribute("section", "pages");
		model.addAttribute("itemName", item.getTitle().textFor("en") + " (" + item.getSlug() + ")");
		model.addAttribute("action", "/admin/pages/" + item.getId() + "/delete");
		model.addAttribute("cancelHref", "/admin/pages/" + item.getId());
		model.addAttribute("dependents", dependents);
		return "admin/confirmDelete";
	}

	private String form(Model model, PageForm form, Page item, Map<String, String> errors, String source) {
		List<String> more = new ArrayList<>(form.getTitle().keySet());
		if (item != null) {
			more.addAll(item.getTitle().languages());
			more.addAll(item.getBody().languages());
		}
		List<String> tabs = WorkflowStatus.languages(languages, more);
		model.addAttribute("form", form);
		model.addAttribute("item", item);
		model.addAttribute("errors", errors);
		model.addAttribute("languages", tabs);
		model.addAttribute("source", (source != null && tabs.contains(source)) ? source : null);
		if (model.getAttribute("differences") == null) {
			model.addAttribute("differences", List.of());
		}
		return "admin/pages/form";
	}

	private static Map<String, String> errors(BindingResult binding) {
		return FormErrors.of(binding, field -> switch (field) {
			case "titleGiven", "textsShortEnough", "languagesValid" -> "title";
			default -> field;
		});
	}

	private Page require(long id) {
		return editor.find(id).orElseThrow(() -> new ContentNotFoundException("page", id));
	}

}
