package org.liaison.project;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a reader narrows the project list by; every field is optional.
 *
 * @param region policy region code ("africa")
 * @param country ISO 3166-1 alpha-2 code ("KE")
 * @param goal slug of a policy goal
 * @param priority slug of a Digital4Development priority
 * @param programme slug of a programme
 * @param theme slug of a theme (5G, AI…)
 */
public record ProjectFilter(String region, String country, String goal, String priority, String programme,
		String theme) {

	public ProjectFilter(String region, String country, String goal, String priority, String programme) {
		this(region, country, goal, priority, programme, null);
	}

	public ProjectFilter {
		region = blankToNull(region);
		country = (blankToNull(country) == null) ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
		goal = blankToNull(goal);
		priority = blankToNull(priority);
		programme = blankToNull(programme);
		theme = blankToNull(theme);
	}

	public static ProjectFilter none() {
		return new ProjectFilter(null, null, null, null, null);
	}

	public static ProjectFilter byCountry(String country) {
		return new ProjectFilter(null, country, null, null, null);
	}

	public static ProjectFilter byRegion(String region) {
		return new ProjectFilter(region, null, null, null, null);
	}

	public static ProjectFilter byGoal(String goal) {
		return new ProjectFilter(null, null, goal, null, null);
	}

	public static ProjectFilter byPriority(String priority) {
		return new ProjectFilter(null, null, null, priority, null);
	}

	public static ProjectFilter byTheme(String theme) {
		return new ProjectFilter(null, null, null, null, null, theme);
	}

	public static ProjectFilter byProgramme(String programme) {
		return new ProjectFilter(null, null, null, null, programme);
	}

	public boolean isEmpty() {
		return region == null && country == null && goal == null && priority == null && programme == null
				&& theme == null;
	}

	/** The filter as query parameters, for links that keep it (paging). */
	public Map<String, String> asParameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (region != null) {
			parameters.put("region", region);
		}
		if (country != null) {
			parameters.put("country", country.toLowerCase(java.util.Locale.ROOT));
		}
		if (goal != null) {
			parameters.put("goal", goal);
		}
		if (priority != null) {
			parameters.put("priority", priority);
		}
		if (programme != null) {
			parameters.put("programme", programme);
		}
		if (theme != null) {
			parameters.put("theme", theme);
		}
		return parameters;
	}

	/** The filter as a query string ({@code region=africa&goal=…}), for links to the project list. */
	public String asQueryString() {
		return asParameters().entrySet().stream()
			.map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
			.collect(java.util.stream.Collectors.joining("&"));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
