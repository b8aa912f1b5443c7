package org.liaison.project;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.liaison.common.Money;

/**
 * What the projects in a set of countries add up to.
 *
 * @param projects projects working in any of the countries
 * @param active those running on the reference date
 * @param participations participations of organisations from the countries
 * @param organisations distinct organisations from the countries taking part
 * @param euContribution EU contribution to those organisations, one sum per currency
 * @param byStartYear how many of the projects started in each year, oldest year first
 */
public record ProjectFigures(long projects, long active, long participations, long organisations,
		List<Money> euContribution, List<YearCount> byStartYear) {

	/**
	 * A project's start or end, for timelines.
	 */
	public record Milestone(LocalDate date, boolean start, String slug, String acronym) {
	}

	/** Projects that started in a year. */
	public record YearCount(int year, long projects) {
	}

	/** The countries a set of figures is about, with the date that decides what is active. */
	public record Scope(Collection<String> countryCodes, LocalDate today) {
	}

}
