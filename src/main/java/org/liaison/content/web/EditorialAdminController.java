package org.liaison.content.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.liaison.common.web.FieldDifference;
import org.liaison.common.web.FormErrors;
import org.liaison.admin.AdminForms;
import org.liaison.common.Dependent;
import org.liaison.common.InUseException;
import org.liaison.common.KeyTakenException;
import org.liaison.common.StaleEditException;
import org.liaison.common.web.PageNumber;
import org.liaison.common.web.PortalLanguages;
import org.liaison.content.ContentNotFoundException;
import org.liaison.content.EditorialEditor;
import org.liaison.content.EditorialItem;
import org.liaison.common.PublicationStatus;
import org.liaison.admin.WorkflowActions;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * One editorial type's back office under {@code /admin/{section}}: the list, the form with a tab per
 * language, the workflow with publishing at a date and time, deletion with confirmation, the history
 * with restore, and the differences of a conflicting save. A subclass names the section and makes the type's forms; the templates are
 * {@code admin/{section}/list} and {@code form}; the history is {@code admin/history}.
 *
 * @param <T> the item type
 * @param <D> the draft its editor takes
 * @param <F> its form
 */
abstract class EditorialAdminController<T extends EditorialItem, D extends EditorialEditor.Draft, F extends EditorialForm<D>> {

	private final EditorialEditor<T, D> editor;

	private final PortalLanguages languages;

	private final WorkflowActions workflow;

	private final String section;

	/** @param section the back office's path segment and template folder: {@code pages} */
	EditorialAdminController(EditorialEditor<T, D> editor, PortalLanguages languages, WorkflowActions workflow,
			String section) {
		this.editor = editor;
		this.languages = languages;
		this.workflow = workflow;
		this.section = section;
	}

	/** An empty form for a new item. */
	abstract F newForm();

	/** The form filled in with the item as stored. */
	abstract F formOf(T item);

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
			@RequestParam(name = "page", required = false) String pageNumber, Model model) {
		int number = PageNumber.parse(pageNumber);
		PublicationStatus wanted = WorkflowActions.parse(status);
		Page<T> found = editor.search(q, wanted, number);
		model.addAttribute("items", found.getContent());
		model.addAttribute("total", found.getTotalElements());
		model.addAttribute("q", (q == null) ? "" : q);
		model.addAttribute("status", wanted);
		model.addAttribute("current", number);
		model.addAttribute("pageCount", Math.max(1, found.getTotalPages()));
		return "admin/" + section + "/list";
	}

	@GetMapping("/new")
	String create(@RequestParam(required = false) String source, Model model) {
		return form(model, newForm(), null, Map.of(), source);
	}

	@PostMapping
	String created(@Valid @ModelAttribute("form") F form, BindingResult binding, Model model,
			HttpServletResponse response) {
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, null, errors(binding), null);
		}
		try {
			return "redirect:" + href(editor.create(form.draft()).getId()) + "?saved";
		}
		catch (KeyTakenException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, null, Map.of("slug", "admin.validation.slugTaken"), null);
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, @RequestParam(required = false) String source, Model model) {
		T item = require(id);
		return form(model, formOf(item), item, Map.of(), source);
	}

	@PostMapping("/{id}")
	String updated(@PathVariable long id, @Valid @ModelAttribute("form") F form, BindingResult binding, Model model,
			HttpServletResponse response) {
		T item = require(id);
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
			return "redirect:" + href(id) + "?saved";
		}
		catch (KeyTakenException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, item, Map.of("slug", "admin.validation.slugTaken"), null);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			T current = require(id);
			model.addAttribute("differences", FieldDifference.between(formOf(current).comparable(), form.comparable()));
			form.setVersion(current.getVersion());
			return form(model, form, current, Map.of(), null);
		}
	}

	@PostMapping("/{id}/status")
	String move(@PathVariable long id, @RequestParam String target, @RequestParam long version) {
		require(id);
		return workflow.move(href(id), target, status -> editor.move(id, version, status));
	}

	/** Publish at a date and time, in a zone; the scheduler does it then. */
	@PostMapping("/{id}/schedule")
	String schedule(@PathVariable long id, @RequestParam(required = false) String at,
			@RequestParam(required = false) String zone, @RequestParam long version, Model model,
			HttpServletResponse response) {
		T item = require(id);
		return workflow.schedule(href(id), at, zone, (when, in) -> editor.schedule(id, version, when, in), model,
				response, error -> form(model, formOf(item), item, Map.of("schedule", error), null));
	}

	@PostMapping("/{id}/unschedule")
	String unschedule(@PathVariable long id, @RequestParam long version) {
		require(id);
		return workflow.unschedule(href(id), () -> editor.unschedule(id, version));
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		return deletePage(model, require(id), editor.dependents(id));
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, Model model, HttpServletResponse response) {
		T item = require(id);
		try {
			editor.delete(id);
			return "redirect:/admin/" + section + "?deleted";
		}
		catch (InUseException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return deletePage(model, item, ex.dependents());
		}
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable long id, Model model) {
		T item = require(id);
		return AdminForms.history(model, section, href(id), item.getTitle(), editor.history(id));
	}
	@PostMapping("/{id}/history/{revision}/restore")
	String restore(@PathVariable long id, @PathVariable long revision) {
		require(id);
		return AdminForms.restore(href(id), () -> editor.restore(id, revision));
	}

	@ExceptionHandler(ContentNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	void notFound() {
		// answered by the error page
	}

	private String deletePage(Model model, T item, List<Dependent> dependents) {
		model.addAttribute("section", section);
		model.addAttribute("itemName", item.getTitle().textFor("en") + " (" + item.getSlug() + ")");
		model.addAttribute("action", href(item.getId()) + "/delete");
		model.addAttribute("cancelHref", href(item.getId()));
		model.addAttribute("dependents", dependents);
		return "admin/confirmDelete";
	}

	/** The form page of the item (null: a new one), with the errors to show. */
	String form(Model model, F form, T item, Map<String, String> errors, String source) {
		List<String> more = new ArrayList<>(form.getTitle().keySet());
		if (item != null) {
			item.texts().forEach(text -> more.addAll(text.languages()));
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
		workflow.formAttributes(model, item);
		formAttributes(model, item);
		return "admin/" + section + "/form";
	}

	/** What else the type's form template needs, for the item (null: a new one). */
	void formAttributes(Model model, T item) {
	}

	private static Map<String, String> errors(BindingResult binding) {
		return FormErrors.of(binding, field -> switch (field) {
			case "titleGiven", "textsShortEnough", "languagesValid" -> "title";
			default -> field;
		});
	}

	String href(long id) {
		return "/admin/" + section + "/" + id;
	}

	T require(long id) {
		return editor.find(id).orElseThrow(() -> new ContentNotFoundException(editor.name(), id));
	}

}
