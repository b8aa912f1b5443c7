package org.liaison.project;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.liaison.common.PublicationStatus;

/**
 * One page of the back office's project list: the projects, whether more follow and where the next
 * page starts (keyset paging: the list stays as fast on page 50,000 as on page 1), and how many
 * match — exactly up to {@link #COUNT_LIMIT}, beyond that "more than" (or the estimate without a filter).
 */
public record ProjectList(List<Project> projects, Query next, long count, Count countKind) {

	/** Counting stops here: a filter that matches more shows "more than 1,000". */
	public static final int COUNT_LIMIT = 1_000;

	/** What {@link #count()} is. */
	public enum Count {

		/** The number of matching projects. */
		EXACT,
		/** More than this many match; counting stopped. */
		MORE_THAN,
		/** Without a filter: the database's estimate of all projects. */
		ESTIMATE

	}

	/** How the list can be sorted; each is one index. */
	public enum Sort {

		START, ACRONYM, ADDED;

		public static Sort parse(String value) {
			for (Sort sort : values()) {
				if (sort.name().equalsIgnoreCase(value)) {
					return sort;
				}
			}
			return START;
		}

	}

	/**
	 * What the list shows: filters (each optional), the order, and the row to continue after.
	 *
	 * @param text part of the acronym or of the title in any language
	 * @param programme a programme's slug
	 * @param country an ISO 3166-1 alpha-2 code
	 * @param year the year the project starts
	 * @param afterKey the sort key of the last row of the previous page
	 * @param afterId the id of the last row of the previous page
	 */
	public record Query(String text, String programme, String country, ProjectStatus status,
			PublicationStatus publication, Integer year, Sort sort, String afterKey, Long afterId) {

		public Query {
			text = blankToNull(text);
			programme = blankToNull(programme);
			country = (blankToNull(country) == null) ? null : country.strip().toUpperCase(Locale.ROOT);
			sort = (sort == null) ? Sort.START : sort;
			if (afterId == null) {
				afterKey = null;
			}
		}

		/** The filters without one on the public profile's status. */
		public Query(String text, String programme, String country, ProjectStatus status, Integer year, Sort sort,
				String afterKey, Long afterId) {
			this(text, programme, country, status, null, year, sort, afterKey, afterId);
		}

		public boolean isFiltered() {
			return text != null || programme != null || country != null || status != null || publication != null
					|| year != null;
		}

		/** The same filters and order from the first row. */
		public Query first() {
			return new Query(text, programme, country, status, publication, year, sort, null, null);
		}

		Query after(String key, long id) {
			return new Query(text, programme, country, status, publication, year, sort, key, id);
		}

		/** As query parameters of the list's address (paging links keep the filters). */
		public String asQueryString() {
			Map<String, String> parameters = new LinkedHashMap<>();
			put(parameters, "q", text);
			put(parameters, "programme", programme);
			put(parameters, "country", country);
			put(parameters, "status", status == null ? null : status.name());
			put(parameters, "publication", publication == null ? null : publication.name());
			put(parameters, "year", year == null ? null : year.toString());
			parameters.put("sort", sort.name().toLowerCase(Locale.ROOT));
			put(parameters, "afterKey", afterKey);
			put(parameters, "after", afterId == null ? null : afterId.toString());
			return parameters.entrySet().stream()
				.map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
		}

		private static void put(Map<String, String> parameters, String name, String value) {
			if (value != null) {
				parameters.put(name, value);
			}
		}

		private static String blankToNull(String value) {
			return (value == null || value.isBlank()) ? null : value.strip();
		}

	}

	public boolean hasNext() {
		return next != null;
	}

}
