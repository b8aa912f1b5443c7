package org.liaison.partner.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.liaison.admin.AdminForms;
import org.liaison.common.web.FieldDifference;
import org.liaison.common.web.FormErrors;
import org.liaison.common.RefusedEditException;
import org.liaison.common.StaleEditException;
import org.liaison.common.web.PortalLanguages;
import org.liaison.partner.Agreement;
import org.liaison.partner.Partner;
import org.liaison.partner.PartnerEditor;

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

/** A partner's agreements in the back office: added from the partner's form, edited and deleted on their own. */
@Controller
class AgreementAdminController {

	private final PartnerEditor editor;

	private final PortalLanguages languages;

	AgreementAdminController(PartnerEditor editor, PortalLanguages languages) {
		this.editor = editor;
		this.languages = languages;
	}

	@GetMapping("/admin/partners/{id:\\d{1,18}}/agreements/new")
	String create(@PathVariable long id, @RequestParam(required = false) String source, Model model) {
		return form(model, new AgreementForm(), requirePartner(id), null, Map.of(), source, null);
	}

	@PostMapping("/admin/partners/{id:\\d{1,18}}/agreements")
	String created(@PathVariable long id, @Valid @ModelAttribute("form") AgreementForm form, BindingResult binding,
			Model model, HttpServletResponse response) {
		Partner partner = requirePartner(id);
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, partner, null, FormErrors.of(binding, AgreementForm.ALIASES), null, null);
		}
		try {
			Agreement agreement = editor.createAgreement(id, form.draft());
			return "redirect:/admin/agreements/" + agreement.getId() + "?saved";
		}
		catch (RefusedEditException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, partner, null, Map.of(ex.field(), ex.messageKey()), null, null);
		}
	}

	@GetMapping("/admin/agreements/{id:\\d{1,18}}")
	String edit(@PathVariable long id, @RequestParam(required = false) String source,
			@RequestParam(required = false) String saved, Model model) {
		Agreement agreement = require(id);
		model.addAttribute("saved", saved != null);
		return form(model, AgreementForm.of(agreement), agreement.getPartner(), agreement, Map.of(), source, null);
	}

	@PostMapping("/admin/agreements/{id:\\d{1,18}}")
	String updated(@PathVariable long id, @Valid @ModelAttribute("form") AgreementForm form, BindingResult binding,
			Model model, HttpServletResponse response) {
		Agreement agreement = require(id);
		if (binding.hasErrors() || form.getVersion() == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			Map<String, String> errors = AdminForms.editErrors(binding, AgreementForm.ALIASES, form.getVersion());
			return form(model, form, agreement.getPartner(), agreement, errors, null, null);
		}
		try {
			editor.updateAgreement(id, form.getVersion(), form.draft());
			return "redirect:/admin/agreements/" + id + "?saved";
		}
		catch (RefusedEditException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, agreement.getPartner(), agreement, Map.of(ex.field(), ex.messageKey()), null, null);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			Agreement current = require(id);
			List<FieldDifference> conflict = FieldDifference.between(AgreementForm.of(current).summaryOfFields(), form.summaryOfFields());
			form.setVersion(current.getVersion());
			return form(model, form, current.getPartner(), current, Map.of(), null, conflict);
		}
	}

	@GetMapping("/admin/agreements/{id:\\d{1,18}}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		Agreement agreement = require(id);
		return AdminForms.confirmDelete(model, "partners",
				agreement.getTitle().textFor("en") + " (" + agreement.getSlug() + ")", "/admin/agreements/" + id, List.of());
	}

	@PostMapping("/admin/agreements/{id:\\d{1,18}}/delete")
	String delete(@PathVariable long id) {
		Agreement agreement = require(id);
		long partnerId = agreement.getPartner().getId();
		editor.deleteAgreement(id);
		return "redirect:/admin/partners/" + partnerId + "?agreementDeleted";
	}

	@ExceptionHandler(PartnerEditor.NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	void notFound() {
		// answered by the error page
	}

	private String form(Model model, AgreementForm form, Partner partner, Agreement agreement,
			Map<String, String> errors, String source, List<FieldDifference> conflict) {
		model.addAttribute("partner", partner);
		model.addAttribute("agreement", agreement);
		return AdminForms.show(model, "admin/partners/agreement-form", form, languages.languages(), errors, source,
				conflict);
	}

	private Partner requirePartner(long id) {
		return editor.find(id).orElseThrow(() -> new PartnerEditor.NotFoundException("partner", id));
	}

	private Agreement require(long id) {
		return editor.findAgreement(id).orElseThrow(() -> new PartnerEditor.NotFoundException("agreement", id));
	}

}
