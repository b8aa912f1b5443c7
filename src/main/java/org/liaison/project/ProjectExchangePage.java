package org.liaison.project;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A page of projects for an exchange format, with what the entities do not carry: the share of each
 * recipient country (per cent), by project id and country code, where the source gave one.
 */
public record ProjectExchangePage(ProjectPage page, Map<Long, Map<String, BigDecimal>> countryPercentages) {

	public List<Project> projects() {
		return page.projects();
	}

	public boolean hasNext() {
		return page.hasNext();
	}

	/** The share of a country in a project, or null when none was given. */
	public BigDecimal percentage(Project project, String countryCode) {
		return countryPercentages.getOrDefault(project.getId(), Map.of()).get(countryCode);
	}

}
