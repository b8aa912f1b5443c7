package org.liaison.project.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.liaison.admin.AdminForms;
import org.liaison.common.InUseException;
import org.liaison.common.KeyTakenException;
import org.liaison.common.StaleEditException;
import org.liaison.common.web.FieldDifference;
import org.liaison.common.web.FormErrors;
import org.liaison.common.web.PortalLanguages;
import org.liaison.project.InvalidValueException;
import org.liaison.project.NotFoundException;
import org.liaison.project.ProgrammeEditor;
import org.liaison.project.Project;
import org.liaison.project.ProjectEditor;
import org.liaison.project.ProjectList;
import org.liaison.project.ProjectStatus;
import org.liaison.taxonomy.TaxonomyService;
import org.liaison.admin.WorkflowActions;
import org.liaison.common.PublicationStatus;

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
 * Projects in the back office: the list (filters, sorts and keyset paging that stay fast at a
 * million projects), the form with its participations, delete with confirmation.
 */
@Controller
class ProjectAdminController {

	private final ProjectEditor editor;

	private final ProgrammeEditor programmes;

	private final TaxonomyService taxonomy;

	private final PortalLanguages languages;

	private final WorkflowActions workflow;

	ProjectAdminController(ProjectEditor editor, ProgrammeEditor programmes, TaxonomyService taxonomy,
			PortalLanguages languages, WorkflowActions workflow) {
		this.workflow = workflow;
		this.editor = editor;
		this.programmes = programmes;
		this.taxonomy = taxonomy;
		this.languages = languages;
	}

	@GetMapping("/admin/projects")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String programme,
			@RequestParam(required = false) String country, @RequestParam(required = false) String status,
			@RequestParam(required = false) String publication,
			@RequestParam(required = false) String year, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String afterKey, @RequestParam(required = false) String after, Model model) {
		ProjectList.Query query;
		try {
			PublicationStatus publicationStatus = WorkflowActions.parse(publication);
			if (publicationStatus == null && publication != null && !publication.isBlank()) {
				throw new IllegalArgumentException("publication " + publication);
			}
			query = new ProjectList.Query(q, programme, country, parseStatus(status), publicationStatus, parseYear(year),
					ProjectList.Sort.parse(sort), afterKey, (after == null || after.isBlank()) ? null : Long.valueOf(after));
			if (query.country() != null && !query.country().matches("[A-Z]{2}")) {
				throw new IllegalArgumentException("country");
			}
			model.addAttribute("list", editor.list(query));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A filter of the project list is not valid: "
					+ ex.getMessage());
		}
		model.addAttribute("query", query);
		model.addAttribute("programmes", programmes.all());
		return "admin/projects/list";
	}

	@GetMapping("/admin/projects/new")
	String create(@RequestParam(required = false) String source, Model model) {
		return form(model, new ProjectForm().withNewRows(), null, Map.of(), source);
	}

	@PostMapping("/admin/projects")
	String created(@Valid @ModelAttribute("form") ProjectForm form, BindingResult binding, Model model,
			HttpServletResponse response) {
		if (binding.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, null, errors(binding), null);
		}
		try {
			return "redirect:/admin/projects/" + editor.create(form.draft()).getId() + "?saved";
		}
		catch (KeyTakenException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, null, Map.of("slug", "admin.validation.slugTaken"), null);
		}
		catch (InvalidValueException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, null, Map.of(ex.field(), ex.messageKey()), null);
		}
	}

	@GetMapping("/admin/projects/{id}")
	String edit(@PathVariable long id, @RequestParam(required = false) String source, Model model) {
		Project project = require(id);
		return form(model, ProjectForm.of(project).withNewRows(), project, Map.of(), source);
	}

	@PostMapping("/admin/projects/{id}")
	String updated(@PathVariable long id, @Valid @ModelAttribute("form") ProjectForm form, BindingResult binding,
			Model model, HttpServletResponse response) {
		Project project = require(id);
		if (binding.hasErrors() || form.getVersion() == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			Map<String, String> errors = new LinkedHashMap<>(errors(binding));
			if (form.getVersion() == null) {
				errors.putIfAbsent("form", "admin.validation.invalid");
			}
			return form(model, form, project, errors, null);
		}
		try {
			editor.update(id, form.getVersion(), form.draft());
			return "redirect:/admin/projects/" + id + "?saved";
		}
		catch (KeyTakenException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, project, Map.of("slug", "admin.validation.slugTaken"), null);
		}
		catch (InvalidValueException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model, form, project, Map.of(ex.field(), ex.messageKey()), null);
		}
		catch (StaleEditException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			Project current = require(id);
			model.addAttribute("differences",
					FieldDifference.between(ProjectForm.of(current).comparable(), form.comparable()));
			form.setVersion(current.getVersion());
			return form(model, form, current, Map.of(), null);
		}
	}

	@PostMapping("/admin/projects/{id}/status")
	String move(@PathVariable long id, @RequestParam String target, @RequestParam long version) {
		require(id);
		return workflow.move("/admin/projects/" + id, target, to -> editor.move(id, version, to));
	}

	/** Publish the profile at a date and time, in a zone; the scheduler does it then. */
	@PostMapping("/admin/projects/{id}/schedule")
	String schedule(@PathVariable long id, @RequestParam(required = false) String at,
			@RequestParam(required = false) String zone, @RequestParam long version, Model model,
			HttpServletResponse response) {
		Project project = require(id);
		return workflow.schedule("/admin/projects/" + id, at, zone, (when, in) -> editor.schedule(id, version, when, in),
				model, response,
				error -> form(model, ProjectForm.of(project).withNewRows(), project, Map.of("schedule", error), null));
	}

	@PostMapping("/admin/projects/{id}/unschedule")
	String unschedule(@PathVariable long id, @RequestParam long version) {
		require(id);
		return workflow.unschedule("/admin/projects/" + id, () -> editor.unschedule(id, version));
	}

	@GetMapping("/admin/projects/{id}/history")
	String history(@PathVariable long id, Model model) {
		Project project = require(id);
		return AdminForms.history(model, "projects", "/admin/projects/" + id, project.getTitle(), editor.history(id));
	}

	@PostMapping("/admin/projects/{id}/history/{revision}/restore")
	String restore(@PathVariable long id, @PathVariable long revision) {
		require(id);
		return AdminForms.restore("/admin/projects/" + id, () -> editor.restore(id, revision));
	}

	@GetMapping("/admin/projects/{id}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		return deletePage(model, require(id), editor.dependents(id));
	}

	@PostMapping("/admin/projects/{id}/delete")
	String delete(@PathVariable long id, Model model, HttpServletResponse response) {
		Project project = require(id);
		try {
			editor.delete(id);
			return "redirect:/admin/projects?deleted";
		}
		catch (InUseException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return deletePage(model, project, ex.dependents());
		}
	}

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	void notFound() {
		// answered by the error page
	}

	private String deletePage(Model model, Project project, List<org.liaison.common.Dependent> dependents) {
		model.addAttribute("section", "projects");
		model.addAttribute("itemName", project.getAcronym() + " (" + project.getSlug() + ")");
		model.addAttribute("action", "/admin/projects/" + project.getId() + "/delete");
		model.addAttribute("cancelHref", "/admin/projects/" + project.getId());
		model.addAttribute("dependents", dependents);
		return "admin/confirmDelete";
	}

	private String form(Model model, ProjectForm form, Project project, Map<String, String> errors, String source) {
		List<String> more = new ArrayList<>(form.getTitle().keySet());
		if (project != null) {
			more.addAll(project.getTitle().languages());
			more.addAll(project.getSummary().languages());
			more.addAll(project.getObjective().languages());
		}
		List<String> tabs = AdminLanguages.of(languages, more);
		Map<String, List<org.liaison.taxonomy.Term>> vocabularies = new LinkedHashMap<>();
		ProjectEditor.VOCABULARIES.forEach(code -> vocabularies.put(code, taxonomy.terms(code)));
		model.addAttribute("form", form);
		model.addAttribute("project", project);
		model.addAttribute("errors", errors);
		model.addAttribute("languages", tabs);
		model.addAttribute("source", AdminLanguages.source(source, tabs));
		model.addAttribute("programmes", programmes.all());
		model.addAttribute("vocabularies", vocabularies);
		workflow.formAttributes(model, project);
		if (model.getAttribute("differences") == null) {
			model.addAttribute("differences", List.of());
		}
		return "admin/projects/form";
	}

	private static Map<String, String> errors(BindingResult binding) {
		return FormErrors.of(binding, field -> switch (field) {
			case "titleGiven", "textsShortEnough", "languagesValid" -> "title";
			case "datesInOrder" -> "endDate";
			case "currenciesGiven" -> "euContribution";
			default -> field;
		});
	}

	private static ProjectStatus parseStatus(String value) {
		return (value == null || value.isBlank()) ? null
				: ProjectStatus.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
	}

	private static Integer parseYear(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		int year = Integer.parseInt(value.strip());
		if (year < 1900 || year > 2200) {
			throw new IllegalArgumentException("year " + year);
		}
		return year;
	}

	private Project require(long id) {
		return editor.find(id).orElseThrow(() -> new NotFoundException("project", id));
	}

}
