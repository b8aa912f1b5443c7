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
import org.liaison.common.web.PortalLanguages;
import org.liaison.taxonomy.TaxonomyEditor;
import org.liaison.taxonomy.Term;
import org.liaison.taxonomy.TermPaths;
import org.liaison.taxonomy.Vocabulary;

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

/** Terms in the back office: added from their vocabulary's page, edited and deleted on their own. */
@Controller
class TermAdminController {

	private final TaxonomyEditor editor;

	private final PortalLanguages languages;

	TermAdminController(TaxonomyEditor editor, PortalLanguages languages) {
		this.editor = editor;
		this.languages = languages;
	}

	@GetMapping("/admin/vocabularies/{id:\\d{1,18}}/terms/new")
	String create(@PathVariable long id, @RequestParam(required = false) String source, Model model) {
		Vocabulary vocabulary = requireVocabulary(id);
		TermForm form = new TermForm();
		form.setPosition((int) Math.min(100_000, editor.termCounts().getOrDefault(id, 0L)));
		return form(model, form, vocabulary, null, Map.of(), source, null);
	}

	@PostMapping("/admin/vocabularies/{id:\\d{1,18}}/terms")
	String created(@PathVariable long id, @Valid @ModelAttribute("form") TermForm form, BindingResult binding,
			Model model, HttpServletResponse response) {
		Vocabulary vocabulary = requireVocabulary(id);
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, vocabulary, null, FormErrors.of(binding, TermForm.ALIASES), null, null);
		}
		try {
			Term term = editor.createTerm(id, form.draft());
			return "redirect:/admin/terms/" + term.getId() + "?saved";
		}
		catch (RefusedEditException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, vocabulary, null, Map.of(ex.field(), ex.messageKey()), null, null);
		}
	}

	@GetMapping("/admin/terms/{id:\\d{1,18}}")
	String edit(@PathVariable long id, @RequestParam(required = false) String source,
			@RequestParam(required = false) String saved, Model model) {
		Term term = require(id);
		model.addAttribute("saved", saved != null);
		return form(model, TermForm.of(term), term.getVocabulary(), term, Map.of(), source, null);
	}

	@PostMapping("/admin/terms/{id:\\d{1,18}}")
	String updated(@PathVariable long id, @Valid @ModelAttribute("form") TermForm form, BindingResult binding,
			Model model, HttpServletResponse response) {
		Term term = require(id);
		if (binding.hasErrors() || form.getVersion() == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			Map<String, String> errors = AdminForms.editErrors(binding, TermForm.ALIASES, form.getVersion());
			return form(model, form, term.getVocabulary(), term, errors, null, null);
		}
		try {
			editor.updateTerm(id, form.getVersion(), form.draft());
			return "redirect:/admin/terms/" + id + "?saved";
		}
		catch (RefusedEditException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, term.getVocabulary(), term, Map.of(ex.field(), ex.messageKey()), null, null);
		}
		catch (InUseException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, term.getVocabulary(), term, Map.of("slug", "admin.terms.slugInUse"), null, null);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			Term current = require(id);
			List<FieldDifference> conflict = FieldDifference.between(TermForm.of(current).summaryOfFields(), form.summaryOfFields());
			form.setVersion(current.getVersion());
			return form(model, form, current.getVocabulary(), current, Map.of(), null, conflict);
		}
	}

	@GetMapping("/admin/terms/{id:\\d{1,18}}/history")
	String history(@PathVariable long id, Model model) {
		var item = require(id);
		return AdminForms.history(model, "vocabularies", "/admin/terms/" + id, item.getName(), editor.termHistory(id));
	}

	@PostMapping("/admin/terms/{id:\\d{1,18}}/history/{revision:\\d{1,18}}/restore")
	String restore(@PathVariable long id, @PathVariable long revision) {
		require(id);
		return AdminForms.restore("/admin/terms/" + id, () -> editor.restoreTerm(id, revision));
	}

	@GetMapping("/admin/terms/{id:\\d{1,18}}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		Term term = require(id);
		return deletePage(model, term, editor.dependentsOf(term));
	}

	@PostMapping("/admin/terms/{id:\\d{1,18}}/delete")
	String delete(@PathVariable long id, Model model, HttpServletResponse response) {
		Term term = require(id);
		try {
			editor.deleteTerm(id);
			return "redirect:/admin/vocabularies/" + term.getVocabulary().getId() + "?termDeleted";
		}
		catch (InUseException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return deletePage(model, term, ex.dependents());
		}
	}

	@ExceptionHandler(TaxonomyEditor.NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	void notFound() {
		// answered by the error page
	}

	private String deletePage(Model model, Term term, List<Dependent> dependents) {
		return AdminForms.confirmDelete(model, "vocabularies", term.getName().textFor("en") + " (" + term.getSlug() + ")",
				"/admin/terms/" + term.getId(), dependents);
	}

	private String form(Model model, TermForm form, Vocabulary vocabulary, Term term, Map<String, String> errors,
			String source, List<FieldDifference> conflict) {
		model.addAttribute("vocabulary", vocabulary);
		model.addAttribute("term", term);
		// only goals, priorities and themes have pages on the portal
		boolean published = java.util.Set.of(Vocabulary.POLICY_GOALS, Vocabulary.D4D_PRIORITIES, Vocabulary.THEMES)
			.contains(vocabulary.getCode());
		model.addAttribute("publicPath", (term == null || !published) ? null : TermPaths.pathOf(term));
		return AdminForms.show(model, "admin/vocabularies/term-form", form, languages.languages(), errors, source,
				conflict);
	}

	private Vocabulary requireVocabulary(long id) {
		return editor.findVocabulary(id).orElseThrow(() -> new TaxonomyEditor.NotFoundException("vocabulary", id));
	}

	private Term require(long id) {
		return editor.findTerm(id).orElseThrow(() -> new TaxonomyEditor.NotFoundException("term", id));
	}

}
