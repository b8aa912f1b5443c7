package org.liaison.project.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.liaison.admin.AdminForms;
import org.liaison.common.InUseException;
import org.liaison.common.StaleEditException;
import org.liaison.common.web.FieldDifference;
import org.liaison.common.web.FormErrors;
import org.liaison.common.web.PageNumber;
import org.liaison.project.InvalidValueException;
import org.liaison.project.NotFoundException;
import org.liaison.project.Organisation;
import org.liaison.project.OrganisationEditor;

import org.springframework.data.domain.Page;
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

/** Organisations in the back office: list with search, form, delete refused while they take part in projects. */
@Controller
class OrganisationAdminController {

	private final OrganisationEditor editor;

	OrganisationAdminController(OrganisationEditor editor) {
		this.editor = editor;
	}

	@GetMapping("/admin/organisations")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String country,
			@RequestParam(name = "page", required = false) String pageNumber, Model model) {
		int number = PageNumber.parse(pageNumber);
		Page<Organisation> found = editor.search(q, country, number);
		model.addAttribute("organisations", found.getContent());
		model.addAttribute("total", found.getTotalElements());
		model.addAttribute("q", (q == null) ? "" : q);
		model.addAttribute("country", (country == null) ? "" : country.strip().toUpperCase(java.util.Locale.ROOT));
		model.addAttribute("current", number);
		model.addAttribute("pageCount", Math.max(1, found.getTotalPages()));
		return "admin/organisations/list";
	}

	@GetMapping("/admin/organisations/new")
	String create(Model model) {
		return form(model, new OrganisationForm(), null, Map.of());
	}

	@PostMapping("/admin/organisations")
	String created(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, null, FormErrors.of(binding, f -> f));
		}
		try {
			return "redirect:/admin/organisations/" + editor.create(form.draft()).getId() + "?saved";
		}
		catch (InvalidValueException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, null, Map.of(ex.field(), ex.messageKey()));
		}
	}

	@GetMapping("/admin/organisations/{id}")
	String edit(@PathVariable long id, Model model) {
		Organisation organisation = require(id);
		return form(model, OrganisationForm.of(organisation), organisation, Map.of());
	}

	@PostMapping("/admin/organisations/{id}")
	String updated(@PathVariable long id, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult binding,
			Model model, HttpServletResponse response) {
		Organisation organisation = require(id);
		if (binding.hasErrors() || form.getVersion() == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			Map<String, String> errors = new LinkedHashMap<>(FormErrors.of(binding, f -> f));
			if (form.getVersion() == null) {
				errors.putIfAbsent("form", "admin.validation.invalid");
			}
			return form(model, form, organisation, errors);
		}
		try {
			editor.update(id, form.getVersion(), form.draft());
			return "redirect:/admin/organisations/" + id + "?saved";
		}
		catch (InvalidValueException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, organisation, Map.of(ex.field(), ex.messageKey()));
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			Organisation current = require(id);
			model.addAttribute("differences",
					FieldDifference.between(OrganisationForm.of(current).comparable(), form.comparable()));
			form.setVersion(current.getVersion());
			return form(model, form, current, Map.of());
		}
	}

	@GetMapping("/admin/organisations/{id}/history")
	String history(@PathVariable long id, Model model) {
		var item = require(id);
		return AdminForms.history(model, "organisations", "/admin/organisations/" + id, org.liaison.common.LocalizedText.neutral(item.getName()), editor.history(id));
	}

	@PostMapping("/admin/organisations/{id}/history/{revision}/restore")
	String restore(@PathVariable long id, @PathVariable long revision) {
		require(id);
		return AdminForms.restore("/admin/organisations/" + id, () -> editor.restore(id, revision));
	}

	@GetMapping("/admin/organisations/{id}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		return deletePage(model, require(id), editor.dependents(id));
	}

	@PostMapping("/admin/organisations/{id}/delete")
	String delete(@PathVariable long id, Model model, HttpServletResponse response) {
		Organisation organisation = require(id);
		try {
			editor.delete(id);
			return "redirect:/admin/organisations?deleted";
		}
		catch (InUseException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return deletePage(model, organisation, ex.dependents());
		}
	}

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	void notFound() {
		// answered by the error page
	}

	private String deletePage(Model model, Organisation organisation, List<org.liaison.common.Dependent> dependents) {
		model.addAttribute("section", "organisations");
		model.addAttribute("itemName", organisation.getName());
		model.addAttribute("action", "/admin/organisations/" + organisation.getId() + "/delete");
		model.addAttribute("cancelHref", "/admin/organisations/" + organisation.getId());
		model.addAttribute("dependents", dependents);
		return "admin/confirmDelete";
	}

	private String form(Model model, OrganisationForm form, Organisation organisation, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("organisation", organisation);
		model.addAttribute("errors", errors);
		if (model.getAttribute("differences") == null) {
			model.addAttribute("differences", List.of());
		}
		return "admin/organisations/form";
	}

	private Organisation require(long id) {
		return editor.find(id).orElseThrow(() -> new NotFoundException("organisation", id));
	}

}
