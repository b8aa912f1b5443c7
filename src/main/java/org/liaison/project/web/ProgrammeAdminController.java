package org.liaison.project.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.liaison.admin.AdminForms;
import org.liaison.common.InUseException;
import org.liaison.common.KeyTakenException;
import org.liaison.common.LocalizedText;
import org.liaison.common.Money;
import org.liaison.common.StaleEditException;
import org.liaison.common.web.FieldDifference;
import org.liaison.common.web.FormErrors;
import org.liaison.common.web.PortalLanguages;
import org.liaison.project.NotFoundException;
import org.liaison.project.Programme;
import org.liaison.project.ProgrammeEditor;

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

/** Programmes in the back office: list, form with a tab per language, budget lines, delete with confirmation. */
@Controller
class ProgrammeAdminController {

	private final ProgrammeEditor editor;

	private final PortalLanguages languages;

	ProgrammeAdminController(ProgrammeEditor editor, PortalLanguages languages) {
		this.editor = editor;
		this.languages = languages;
	}

	@GetMapping("/admin/programmes")
	String list(Model model) {
		model.addAttribute("programmes", editor.all());
		return "admin/programmes/list";
	}

	@GetMapping("/admin/programmes/new")
	String create(@RequestParam(required = false) String source, Model model) {
		return form(model, new ProgrammeForm(), null, Map.of(), source);
	}

	@PostMapping("/admin/programmes")
	String created(@Valid @ModelAttribute("form") ProgrammeForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, null, errors(binding), null);
		}
		try {
			return "redirect:/admin/programmes/" + editor.create(form.draft()).getId() + "?saved";
		}
		catch (KeyTakenException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, null, Map.of("slug", "admin.validation.slugTaken"), null);
		}
	}

	@GetMapping("/admin/programmes/{id}")
	String edit(@PathVariable long id, @RequestParam(required = false) String source, Model model) {
		Programme programme = require(id);
		return form(model, ProgrammeForm.of(programme), programme, Map.of(), source);
	}

	@PostMapping("/admin/programmes/{id}")
	String updated(@PathVariable long id, @Valid @ModelAttribute("form") ProgrammeForm form, BindingResult binding,
			Model model, HttpServletResponse response) {
		Programme programme = require(id);
		if (binding.hasErrors() || form.getVersion() == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			Map<String, String> errors = new java.util.LinkedHashMap<>(errors(binding));
			if (form.getVersion() == null) {
				errors.putIfAbsent("form", "admin.validation.invalid");
			}
			return form(model, form, programme, errors, null);
		}
		try {
			editor.update(id, form.getVersion(), form.draft());
			return "redirect:/admin/programmes/" + id + "?saved";
		}
		catch (KeyTakenException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, programme, Map.of("slug", "admin.validation.slugTaken"), null);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			Programme current = require(id);
			ProgrammeForm theirs = ProgrammeForm.of(current);
			model.addAttribute("differences", FieldDifference.between(theirs.comparable(), form.comparable()));
			form.setVersion(current.getVersion());
			return form(model, form, current, Map.of(), null);
		}
	}

	@PostMapping("/admin/programmes/{id}/budget-lines")
	String addBudgetLine(@PathVariable long id, @RequestParam(required = false) String title,
			@RequestParam(required = false) String year, @RequestParam(required = false) String amount,
			@RequestParam(required = false) String currency, @RequestParam(required = false) String managedBy,
			Model model, HttpServletResponse response) {
		Programme programme = require(id);
		String error = null;
		Integer parsedYear = null;
		BigDecimal parsedAmount = null;
		try {
			parsedYear = Integer.valueOf(year.strip());
			parsedAmount = new BigDecimal(amount.strip());
		}
		catch (RuntimeException ex) {
			error = "admin.validation.budgetLine";
		}
		if (error == null && (title == null || title.isBlank() || parsedYear < 1900 || parsedYear > 2200
				|| parsedAmount.signum() < 0 || currency == null || !Currencies.known(currency.strip()))) {
			error = "admin.validation.budgetLine";
		}
		if (error != null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("budgetLineError", error);
			return form(model, ProgrammeForm.of(programme), programme, Map.of(), null);
		}
		editor.addBudgetLine(id, LocalizedText.of("en", title.strip()), parsedYear,
				new Money(parsedAmount, currency.strip()), (managedBy == null || managedBy.isBlank()) ? null : managedBy.strip());
		return "redirect:/admin/programmes/" + id + "?saved#budget-lines";
	}

	@PostMapping("/admin/programmes/{id}/budget-lines/{line}/delete")
	String removeBudgetLine(@PathVariable long id, @PathVariable long line) {
		require(id);
		editor.removeBudgetLine(id, line);
		return "redirect:/admin/programmes/" + id + "?saved#budget-lines";
	}

	@GetMapping("/admin/programmes/{id}/history")
	String history(@PathVariable long id, Model model) {
		var item = require(id);
		return AdminForms.history(model, "programmes", "/admin/programmes/" + id, item.getName(), editor.history(id));
	}

	@PostMapping("/admin/programmes/{id}/history/{revision}/restore")
	String restore(@PathVariable long id, @PathVariable long revision) {
		require(id);
		return AdminForms.restore("/admin/programmes/" + id, () -> editor.restore(id, revision));
	}

	@GetMapping("/admin/programmes/{id}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		return deletePage(model, require(id), editor.dependents(id));
	}

	@PostMapping("/admin/programmes/{id}/delete")
	String delete(@PathVariable long id, Model model, HttpServletResponse response) {
		Programme programme = require(id);
		try {
			editor.delete(id);
			return "redirect:/admin/programmes?deleted";
		}
		catch (InUseException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return deletePage(model, programme, ex.dependents());
		}
	}

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	void notFound() {
		// answered by the error page
	}

	private String deletePage(Model model, Programme programme, List<org.liaison.common.Dependent> dependents) {
		model.addAttribute("section", "programmes");
		model.addAttribute("itemName", programme.getName().textFor("en") + " (" + programme.getSlug() + ")");
		model.addAttribute("action", "/admin/programmes/" + programme.getId() + "/delete");
		model.addAttribute("cancelHref", "/admin/programmes/" + programme.getId());
		model.addAttribute("dependents", dependents);
		return "admin/confirmDelete";
	}

	private String form(Model model, ProgrammeForm form, Programme programme, Map<String, String> errors,
			String source) {
		List<String> more = new ArrayList<>(form.getName().keySet());
		if (programme != null) {
			more.addAll(programme.getName().languages());
			more.addAll(programme.getDescription().languages());
		}
		List<String> tabs = AdminLanguages.of(languages, more);
		model.addAttribute("form", form);
		model.addAttribute("programme", programme);
		model.addAttribute("budgetLines", programme == null ? List.of() : editor.budgetLines(programme.getId()));
		model.addAttribute("errors", errors);
		model.addAttribute("languages", tabs);
		model.addAttribute("source", AdminLanguages.source(source, tabs));
		model.addAttribute("differences", model.getAttribute("differences") == null ? List.of()
				: model.getAttribute("differences"));
		model.addAttribute("budgetLineError", model.getAttribute("budgetLineError"));
		return "admin/programmes/form";
	}

	private static Map<String, String> errors(BindingResult binding) {
		return FormErrors.of(binding, field -> switch (field) {
			case "nameGiven" -> "name";
			case "textsShortEnough", "languagesValid" -> "name";
			case "yearsInOrder" -> "endYear";
			default -> field;
		});
	}

	private Programme require(long id) {
		return editor.find(id).orElseThrow(() -> new NotFoundException("programme", id));
	}

}
