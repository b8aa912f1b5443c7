package org.liaison.partner.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.liaison.admin.AdminForms;
import org.liaison.admin.WorkflowActions;
import org.liaison.common.PublicationStatus;
import org.liaison.common.Dependent;
import org.liaison.common.InUseException;
import org.liaison.common.RefusedEditException;
import org.liaison.common.StaleEditException;
import org.liaison.common.web.FieldDifference;
import org.liaison.common.web.FormErrors;
import org.liaison.common.web.PageNumber;
import org.liaison.common.web.PortalLanguages;
import org.liaison.geography.GeographyService;
import org.liaison.geography.RegionEditor;
import org.liaison.partner.Partner;
import org.liaison.partner.PartnerEditor;
import org.liaison.partner.PartnerKind;

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

/** Partners in the back office: the list, the form with a tab per language, deletion with its dependents check. */
@Controller
class PartnerAdminController {

	private final PartnerEditor editor;

	private final GeographyService geography;

	private final RegionEditor regions;

	private final PortalLanguages languages;

	private final WorkflowActions workflow;

	PartnerAdminController(PartnerEditor editor, GeographyService geography, RegionEditor regions,
			PortalLanguages languages, WorkflowActions workflow) {
		this.editor = editor;
		this.geography = geography;
		this.regions = regions;
		this.languages = languages;
		this.workflow = workflow;
	}

	@GetMapping("/admin/partners")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String region, @RequestParam(required = false) String status,
			@RequestParam(required = false) String sort,
			@RequestParam(name = "page", required = false) String pageNumber,
			@RequestParam(required = false) String deleted, Model model) {
		int number = PageNumber.parse(pageNumber);
		PartnerKind wanted = parseKind(kind);
		PartnerEditor.SortOrder order = PartnerEditor.SortOrder.parse(sort);
		String regionCode = (region == null || region.isBlank()) ? null : region.strip();
		PublicationStatus wantedStatus = WorkflowActions.parse(status);
		Page<Partner> found = editor.search(new PartnerEditor.Filter(q, wanted, regionCode, wantedStatus), order,
				number);
		if (number > 1 && number > found.getTotalPages()) {
			throw PageNumber.notFound(number);
		}
		model.addAttribute("partners", found.getContent());
		model.addAttribute("total", found.getTotalElements());
		model.addAttribute("q", (q == null) ? "" : q);
		model.addAttribute("kind", wanted);
		model.addAttribute("region", regionCode);
		model.addAttribute("status", wantedStatus);
		model.addAttribute("regions", geography.regions());
		model.addAttribute("sort", order);
		model.addAttribute("current", number);
		model.addAttribute("pageCount", Math.max(1, found.getTotalPages()));
		model.addAttribute("deleted", deleted != null);
		return "admin/partners/list";
	}

	@GetMapping("/admin/partners/new")
	String create(@RequestParam(required = false) String source, Model model) {
		return form(model, new PartnerForm(), null, Map.of(), source, null);
	}

	@PostMapping("/admin/partners")
	String created(@Valid @ModelAttribute("form") PartnerForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, null, FormErrors.of(binding, PartnerForm.ALIASES), null, null);
		}
		try {
			Partner partner = editor.create(form.draft());
			return "redirect:/admin/partners/" + partner.getId() + "?saved";
		}
		catch (RefusedEditException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, null, Map.of(ex.field(), ex.messageKey()), null, null);
		}
	}

	@GetMapping("/admin/partners/{id:\\d{1,18}}")
	String edit(@PathVariable long id, @RequestParam(required = false) String source,
			@RequestParam(required = false) String saved, Model model) {
		Partner partner = require(id);
		model.addAttribute("saved", saved != null);
		return form(model, PartnerForm.of(partner), partner, Map.of(), source, null);
	}

	@PostMapping("/admin/partners/{id:\\d{1,18}}")
	String updated(@PathVariable long id, @Valid @ModelAttribute("form") PartnerForm form, BindingResult binding,
			Model model, HttpServletResponse response) {
		Partner partner = require(id);
		if (binding.hasErrors() || form.getVersion() == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			Map<String, String> errors = AdminForms.editErrors(binding, PartnerForm.ALIASES, form.getVersion());
			return form(model, form, partner, errors, null, null);
		}
		try {
			editor.update(id, form.getVersion(), form.draft());
			return "redirect:/admin/partners/" + id + "?saved";
		}
		catch (RefusedEditException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, partner, Map.of(ex.field(), ex.messageKey()), null, null);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			Partner current = require(id);
			PartnerForm theirs = PartnerForm.of(current);
			List<FieldDifference> conflict = FieldDifference.between(theirs.summaryOfFields(), form.summaryOfFields());
			// the user's input stays; the next save is based on what is stored now, knowingly
			form.setVersion(current.getVersion());
			return form(model, form, current, Map.of(), null, conflict);
		}
	}

	@PostMapping("/admin/partners/{id:\\d{1,18}}/status")
	String move(@PathVariable long id, @RequestParam String target, @RequestParam long version) {
		require(id);
		return workflow.move("/admin/partners/" + id, target, to -> editor.move(id, version, to));
	}

	/** Publish the profile at a date and time, in a zone; the scheduler does it then. */
	@PostMapping("/admin/partners/{id:\\d{1,18}}/schedule")
	String schedule(@PathVariable long id, @RequestParam(required = false) String at,
			@RequestParam(required = false) String zone, @RequestParam long version, Model model,
			HttpServletResponse response) {
		Partner partner = require(id);
		return workflow.schedule("/admin/partners/" + id, at, zone, (when, in) -> editor.schedule(id, version, when, in),
				model, response, error -> form(model, PartnerForm.of(partner), partner, Map.of("schedule", error), null, null));
	}

	@PostMapping("/admin/partners/{id:\\d{1,18}}/unschedule")
	String unschedule(@PathVariable long id, @RequestParam long version) {
		require(id);
		return workflow.unschedule("/admin/partners/" + id, () -> editor.unschedule(id, version));
	}

	@GetMapping("/admin/partners/{id:\\d{1,18}}/history")
	String history(@PathVariable long id, Model model) {
		var item = require(id);
		return AdminForms.history(model, "partners", "/admin/partners/" + id, item.getName(), editor.history(id));
	}

	@PostMapping("/admin/partners/{id:\\d{1,18}}/history/{revision:\\d{1,18}}/restore")
	String restore(@PathVariable long id, @PathVariable long revision) {
		require(id);
		return AdminForms.restore("/admin/partners/" + id, () -> editor.restore(id, revision));
	}

	@GetMapping("/admin/partners/{id:\\d{1,18}}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		Partner partner = require(id);
		return deletePage(model, partner, editor.dependentsOf(partner));
	}

	@PostMapping("/admin/partners/{id:\\d{1,18}}/delete")
	String delete(@PathVariable long id, Model model, HttpServletResponse response) {
		Partner partner = require(id);
		try {
			editor.delete(id);
			return "redirect:/admin/partners?deleted";
		}
		catch (InUseException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return deletePage(model, partner, ex.dependents());
		}
	}

	@ExceptionHandler(PartnerEditor.NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	void notFound() {
		// answered by the error page
	}

	private String deletePage(Model model, Partner partner, List<Dependent> dependents) {
		return AdminForms.confirmDelete(model, "partners", partner.getName().textFor("en") + " (" + partner.getSlug() + ")",
				"/admin/partners/" + partner.getId(), dependents);
	}

	private String form(Model model, PartnerForm form, Partner partner, Map<String, String> errors, String source,
			List<FieldDifference> conflict) {
		model.addAttribute("partner", partner);
		model.addAttribute("agreements", (partner == null) ? List.of() : editor.agreementsOf(partner.getId()));
		model.addAttribute("countries", regions.allCountries());
		model.addAttribute("regions", geography.regions());
		workflow.formAttributes(model, partner);
		return AdminForms.show(model, "admin/partners/form", form, languages.languages(), errors, source, conflict);
	}

	private Partner require(long id) {
		return editor.find(id).orElseThrow(() -> new PartnerEditor.NotFoundException("partner", id));
	}

	private static PartnerKind parseKind(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return PartnerKind.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
