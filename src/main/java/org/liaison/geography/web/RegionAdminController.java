package org.liaison.geography.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.liaison.admin.AdminForms;
import org.liaison.common.Dependent;
import org.liaison.common.InUseException;
import org.liaison.common.RefusedEditException;
import org.liaison.common.StaleEditException;
import org.liaison.common.web.FieldDifference;
import org.liaison.common.web.FormErrors;
import org.liaison.common.web.PageNumber;
import org.liaison.common.web.PortalLanguages;
import org.liaison.geography.Region;
import org.liaison.geography.RegionEditor;

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

/** Policy regions in the back office: the list, the form with its member countries, deletion with its dependents check. */
@Controller
class RegionAdminController {

	private final RegionEditor editor;

	private final PortalLanguages languages;

	RegionAdminController(RegionEditor editor, PortalLanguages languages) {
		this.editor = editor;
		this.languages = languages;
	}

	@GetMapping("/admin/regions")
	String list(@RequestParam(required = false) String q, @RequestParam(name = "page", required = false) String pageNumber,
			@RequestParam(required = false) String deleted, Model model) {
		int number = PageNumber.parse(pageNumber);
		Page<Region> found = editor.search(q, number);
		if (number > 1 && number > found.getTotalPages()) {
			throw PageNumber.notFound(number);
		}
		model.addAttribute("regions", found.getContent());
		model.addAttribute("memberCounts", editor.memberCounts(found.getContent()));
		model.addAttribute("total", found.getTotalElements());
		model.addAttribute("q", (q == null) ? "" : q);
		model.addAttribute("current", number);
		model.addAttribute("pageCount", Math.max(1, found.getTotalPages()));
		model.addAttribute("deleted", deleted != null);
		return "admin/regions/list";
	}

	@GetMapping("/admin/regions/new")
	String create(@RequestParam(required = false) String source, Model model) {
		return form(model, new RegionForm(), null, Map.of(), source, null);
	}

	@PostMapping("/admin/regions")
	String created(@Valid @ModelAttribute("form") RegionForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, null, FormErrors.of(binding, RegionForm.ALIASES), null, null);
		}
		try {
			Region region = editor.create(form.draft());
			return "redirect:/admin/regions/" + region.getId() + "?saved";
		}
		catch (RefusedEditException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, null, Map.of(ex.field(), ex.messageKey()), null, null);
		}
	}

	@GetMapping("/admin/regions/{id:\\d{1,18}}")
	String edit(@PathVariable long id, @RequestParam(required = false) String source,
			@RequestParam(required = false) String saved, Model model) {
		Region region = require(id);
		model.addAttribute("saved", saved != null);
		return form(model, RegionForm.of(region), region, Map.of(), source, null);
	}

	@PostMapping("/admin/regions/{id:\\d{1,18}}")
	String updated(@PathVariable long id, @Valid @ModelAttribute("form") RegionForm form, BindingResult binding,
			Model model, HttpServletResponse response) {
		Region region = require(id);
		if (binding.hasErrors() || form.getVersion() == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			Map<String, String> errors = AdminForms.editErrors(binding, RegionForm.ALIASES, form.getVersion());
			return form(model, form, region, errors, null, null);
		}
		try {
			editor.update(id, form.getVersion(), form.draft());
			return "redirect:/admin/regions/" + id + "?saved";
		}
		catch (RefusedEditException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, region, Map.of(ex.field(), ex.messageKey()), null, null);
		}
		catch (InUseException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, region, Map.of("code", "admin.regions.codeInUse"), null, null);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			Region current = require(id);
			List<FieldDifference> conflict = FieldDifference.between(RegionForm.of(current).summaryOfFields(), form.summaryOfFields());
			form.setVersion(current.getVersion());
			return form(model, form, current, Map.of(), null, conflict);
		}
	}

	@GetMapping("/admin/regions/{id:\\d{1,18}}/history")
	String history(@PathVariable long id, Model model) {
		var item = require(id);
		return AdminForms.history(model, "regions", "/admin/regions/" + id, item.getName(), editor.history(id));
	}

	@PostMapping("/admin/regions/{id:\\d{1,18}}/history/{revision:\\d{1,18}}/restore")
	String restore(@PathVariable long id, @PathVariable long revision) {
		require(id);
		return AdminForms.restore("/admin/regions/" + id, () -> editor.restore(id, revision));
	}

	@GetMapping("/admin/regions/{id:\\d{1,18}}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		Region region = require(id);
		return deletePage(model, region, editor.dependentsOf(region));
	}

	@PostMapping("/admin/regions/{id:\\d{1,18}}/delete")
	String delete(@PathVariable long id, Model model, HttpServletResponse response) {
		Region region = require(id);
		try {
			editor.delete(id);
			return "redirect:/admin/regions?deleted";
		}
		catch (InUseException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return deletePage(model, region, ex.dependents());
		}
	}

	@ExceptionHandler(RegionEditor.NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	void notFound() {
		// answered by the error page
	}

	private String deletePage(Model model, Region region, List<Dependent> dependents) {
		return AdminForms.confirmDelete(model, "regions", region.getName().textFor("en") + " (" + region.getCode() + ")",
				"/admin/regions/" + region.getId(), dependents);
	}

	private String form(Model model, RegionForm form, Region region, Map<String, String> errors, String source,
			List<FieldDifference> conflict) {
		model.addAttribute("region", region);
		model.addAttribute("countries", editor.allCountries());
		return AdminForms.show(model, "admin/regions/form", form, languages.languages(), errors, source, conflict);
	}

	private Region require(long id) {
		return editor.find(id).orElseThrow(() -> new RegionEditor.NotFoundException(id));
	}

}
