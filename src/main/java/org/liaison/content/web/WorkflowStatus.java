package org.liaison.content.web;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.liaison.common.LocalizedText;
import org.liaison.common.web.PortalLanguages;

/** What the page and document back offices share: reading a status parameter, the form's languages. */
final class WorkflowStatus {

	private WorkflowStatus() {
	}

	/** The portal's languages first, then any other the item has text in. */
	static List<String> languages(PortalLanguages portal, Collection<String> more) {
		Set<String> all = new LinkedHashSet<>(portal.languages());
		all.addAll(more);
		all.remove(LocalizedText.NEUTRAL);
		all.removeIf(tag -> tag == null || !tag.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*"));
		return List.copyOf(all);
	}

}
