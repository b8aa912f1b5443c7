package org.liaison.admin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.liaison.common.Dependent;
import org.liaison.common.InUseException;
import org.liaison.common.KeyTakenException;
import org.liaison.common.LocalizedText;
import org.liaison.common.RefusedEditException;
import org.liaison.common.web.FieldDifference;
import org.liaison.common.web.FormErrors;
import org.liaison.security.ItemRevision;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;

/**
 * What every back-office form and delete confirmation puts in the model, said once: the form with
 * its errors, the differences of a refused save, a tab per language, the source language shown
 * beside each field; the confirmation page with what still depends on the item.
 */
public final class AdminForms {

	private AdminForms() {
	}

	/**
	 * Puts a translated form into the model for its template.
	 *
	 * @param portal the portal's languages, each shown as a tab even when the form has no text in it yet
	 * @param source the language to show beside each field while translating, if one of the tabs
	 * @param conflict what someone saved meanwhile, where it differs; null when the save was not refused
	 * @return the template
	 */
	public static String show(Model model, String template, TranslatedForm form, List<String> portal,
			Map<String, String> errors, String source, List<FieldDifference> conflict) {
		List<String> shown = form.languages(portal);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		model.addAttribute("languages", shown);
		model.addAttribute("source", (source != null && shown.contains(source)) ? source : null);
		if (!model.containsAttribute("saved")) {
			model.addAttribute("saved", false);
		}
		return template;
	}

	/**
	 * The errors of an edit form that was refused: Bean Validation's, and one for the whole form when
	 * the version the edit started from is missing (a forged or truncated request).
	 */
	public static Map<String, String> editErrors(BindingResult binding, Map<String, String> aliases, Long version) {
		Map<String, String> errors = new LinkedHashMap<>(FormErrors.of(binding, aliases));
		if (version == null) {
			errors.putIfAbsent("form", "admin.validation.invalid");
		}
		return errors;
	}

	/**
	 * The page that asks to confirm a delete, or says why it is refused.
	 *
	 * @param section the back office's section the page belongs to (its navigation tab)
	 * @param href the item's back-office address; the delete is posted to it with {@code /delete}
	 * @param dependents what still depends on the item: while any, the delete is refused
	 */
	public static String confirmDelete(Model model, String section, String itemName, String href,
			List<Dependent> dependents) {
		model.addAttribute("section", section);
		model.addAttribute("itemName", itemName);
		model.addAttribute("action", href + "/delete");
		model.addAttribute("cancelHref", href);
		model.addAttribute("dependents", dependents);
		return "admin/confirmDelete";
	}

	/**
	 * The history page of an audited item, latest revision first, each with what changed and a
	 * restore button for those who may edit the section.
	 *
	 * @param itemHref the item's back-office address; a restore is posted to
	 *        {@code itemHref/history/{revision}/restore}
	 * @param entries the revisions, oldest first
	 */
	public static String history(Model model, String section, String itemHref, LocalizedText itemTitle,
			List<ItemRevision> entries) {
		List<ItemRevision> latestFirst = new ArrayList<>(entries);
		Collections.reverse(latestFirst);
		model.addAttribute("section", section);
		model.addAttribute("itemHref", itemHref);
		model.addAttribute("itemTitle", itemTitle);
		model.addAttribute("entries", latestFirst);
		return "admin/history";
	}

	/**
	 * Restores an earlier revision of an item and goes back to its form; a revision it does not have is
	 * a 404, and a revision that cannot be put back as it was (its slug is another item's now, or
	 * something names the item by the key it had) is a 409.
	 *
	 * @param itemHref the item's back-office address
	 */
	public static String restore(String itemHref, Runnable restore) {
		try {
			restore.run();
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
		}
		catch (KeyTakenException | RefusedEditException | InUseException ex) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, ex.getMessage());
		}
		return "redirect:" + itemHref + "?restored";
	}

}
