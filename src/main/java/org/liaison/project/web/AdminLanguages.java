package org.liaison.project.web;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.liaison.common.LocalizedText;
import org.liaison.common.web.PortalLanguages;

/** The languages a form gets a tab for: the portal's first, then any other the item has text in. */
final class AdminLanguages {

	private AdminLanguages() {
	}

	static List<String> of(PortalLanguages portal, Collection<String> more) {
		Set<String> all = new LinkedHashSet<>(portal.languages());
		all.addAll(more);
		all.remove(LocalizedText.NEUTRAL);
		all.removeIf(tag -> tag == null || !tag.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*"));
		return List.copyOf(all);
	}

	/** The source language to show beside each field, when it is one of the form's languages. */
	static String source(String requested, List<String> languages) {
		return (requested != null && languages.contains(requested)) ? requested : null;
	}

}
