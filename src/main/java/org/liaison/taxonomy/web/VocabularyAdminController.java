package org.liaison.taxonomy.web;

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
import org.liaison.taxonomy.TaxonomyEditor;
import org.liaison.taxonomy.Term;
import org.liaison.taxonomy.Vocabulary;

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

/** Vocabularies in the back office: the list, the form with the vocabulary's terms (paged), deletion. */
@Controller
class VocabularyAdminController {

	private final TaxonomyEditor editor;

	private final PortalLanguages languages;

	VocabularyAdminController(TaxonomyEditor editor, PortalLanguages languages) {
		this.editor = editor;
		this.languages = languages;
	}

	@GetMapping("/admin/vocabularies")
	String list(@RequestParam(required = false) String deleted, Model model) {
		model.addAttribute("vocabularies", editor.vocabularies());
		model.addAttribute("termCounts", editor.termCounts());
		model.addAttribute("deleted", deleted != null);
		return "admin/vocabularies/list";
	}

	@GetMapping("/admin/vocabularies/new")
	String create(@RequestParam(required = false) String source, Model model) {
		return form(model, new VocabularyForm(), null, 1, Map.of(), source, null);
	}

	@PostMapping("/admin/vocabularies")
	String created(@Valid @ModelAttribute("form") VocabularyForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, null, 1, FormErrors.of(binding, VocabularyForm.ALIASES), null, null);
		}
		try {
			Vocabulary vocabulary = editor.createVocabulary(form.draft());
			return "redirect:/admin/vocabularies/" + vocabulary.getId() + "?saved";
		}
		catch (RefusedEditException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, null, 1, Map.of(ex.field(), ex.messageKey()), null, null);
		}
	}

	@GetMapping("/admin/vocabularies/{id:\\d{1,18}}")
	String edit(@PathVariable long id, @RequestParam(required = false) String source,
			@RequestParam(required = false) String saved, @RequestParam(name = "page", required = false) String page,
			Model model) {
		Vocabulary vocabulary = require(id);
		model.addAttribute("saved", saved != null);
		return form(model, VocabularyForm.of(vocabulary), vocabulary, PageNumber.parse(page), Map.of(), source, null);
	}

	@PostMapping("/admin/vocabularies/{id:\\d{1,18}}")
	String updated(@PathVariable long id, @Valid @ModelAttribute("form") VocabularyForm form, BindingResult binding,
			Model model, HttpServletResponse response) {
		Vocabulary vocabulary = require(id);
		if (binding.hasErrors() || form.getVersion() == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			Map<String, String> errors = AdminForms.editErrors(binding, VocabularyForm.ALIASES, form.getVersion());
			return form(model, form, vocabulary, 1, errors, null, null);
		}
		try {
			editor.updateVocabulary(id, form.getVersion(), form.draft());
			return "redirect:/admin/vocabularies/" + id + "?saved";
		}
		catch (RefusedEditException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, vocabulary, 1, Map.of(ex.field(), ex.messageKey()), null, null);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			Vocabulary current = require(id);
			List<FieldDifference> conflict = FieldDifference.between(VocabularyForm.of(current).summaryOfFields(), form.summaryOfFields());
			form.setVersion(current.getVersion());
			return form(model, form, current, 1, Map.of(), null, conflict);
		}
	}

	@GetMapping("/admin/vocabularies/{id:\\d{1,18}}/history")
	String history(@PathVariable long id, Model model) {
		Vocabulary vocabulary = require(id);
		return AdminForms.history(model, "vocabularies", "/admin/vocabularies/" + id, vocabulary.getName(),
				editor.vocabularyHistory(id));
	}

	@PostMapping("/admin/vocabularies/{id:\\d{1,18}}/history/{revision:\\d{1,18}}/restore")
	String restore(@PathVariable long id, @PathVariable long revision) {
		require(id);
		return AdminForms.restore("/admin/vocabularies/" + id, () -> editor.restoreVocabulary(id, revision));
	}

	@GetMapping("/admin/vocabularies/{id:\\d{1,18}}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		Vocabulary vocabulary = require(id);
		return deletePage(model, vocabulary, editor.dependentsOf(vocabulary));
	}

	@PostMapping("/admin/vocabularies/{id:\\d{1,18}}/delete")
	String delete(@PathVariable long id, Model model, HttpServletResponse response) {
		Vocabulary vocabulary = require(id);
		try {
			editor.deleteVocabulary(id);
			return "redirect:/admin/vocabularies?deleted";
		}
		catch (InUseException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return deletePage(model, vocabulary, ex.dependents());
		}
	}

	@ExceptionHandler(TaxonomyEditor.NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	void notFound() {
		// answered by the error page
	}

	private String deletePage(Model model, Vocabulary vocabulary, List<Dependent> dependents) {
		return AdminForms.confirmDelete(model, "vocabularies",
				vocabulary.getName().textFor("en") + " (" + vocabulary.getCode() + ")", "/admin/vocabularies/" + vocabulary.getId(),
				dependents);
	}

	private String form(Model model, VocabularyForm form, Vocabulary vocabulary, int termPage,
			Map<String, String> errors, String source, List<FieldDifference> conflict) {
		Page<Term> terms = (vocabulary == null) ? Page.empty() : editor.termPage(vocabulary, termPage);
		if (termPage > 1 && termPage > terms.getTotalPages()) {
			throw PageNumber.notFound(termPage);
		}
		model.addAttribute("vocabulary", vocabulary);
		model.addAttribute("terms", terms.getContent());
		model.addAttribute("termTotal", terms.getTotalElements());
		model.addAttribute("current", termPage);
		model.addAttribute("pageCount", Math.max(1, terms.getTotalPages()));
		return AdminForms.show(model, "admin/vocabularies/form", form, languages.languages(), errors, source, conflict);
	}

	private Vocabulary require(long id) {
		return editor.findVocabulary(id).orElseThrow(() -> new TaxonomyEditor.NotFoundException("vocabulary", id));
	}

}
