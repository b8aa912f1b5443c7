package org.liaison.project.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.liaison.project.ProjectList;
import org.liaison.project.ProjectList.Sort;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The back office's project list at a million rows: every sort order reads an index from the start
 * or from the last row of the previous page (keyset paging, never an offset), and the count stops
 * at {@link ProjectList#COUNT_LIMIT}; the unfiltered total is the planner's estimate.
 */
@Component
public class ProjectAdminQueries {

	private static final String START_KEY = "coalesce(p.start_date, date '0001-01-01')";

	private final NamedParameterJdbcTemplate jdbc;

	ProjectAdminQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The ids of one page (plus one, to know whether there is a next), and the keys to continue after. */
	public record Slice(List<Long> ids, List<String> keys) {
	}

	public Slice page(ProjectList.Query query, int size) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		StringBuilder where = conditions(query, parameters);
		String key;
		String order;
		Sort sort = query.sort();
		switch (sort) {
			case ACRONYM -> {
				key = "lower(p.acronym)";
				order = " order by lower(p.acronym), p.id";
				if (query.afterId() != null) {
					where.append(" and (lower(p.acronym), p.id) > (:afterKey, :afterId)");
					parameters.addValue("afterKey", query.afterKey() == null ? "" : query.afterKey());
				}
			}
			case ADDED -> {
				key = "''";
				order = " order by p.id desc";
				if (query.afterId() != null) {
					where.append(" and p.id < :afterId");
				}
			}
			default -> {
				key = START_KEY + "::text";
				order = " order by " + START_KEY + " desc, p.id desc";
				if (query.afterId() != null) {
					where.append(" and (" + START_KEY + ", p.id) < (:afterDate, :afterId)");
					parameters.addValue("afterDate", parseDate(query.afterKey()));
				}
			}
		}
		parameters.addValue("afterId", query.afterId());
		parameters.addValue("limit", size + 1);
		List<Long> ids = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		jdbc.query("select p.id, " + key + " as sort_key from project p" + where + order + " limit :limit", parameters,
				rs -> {
					ids.add(rs.getLong(1));
					keys.add(rs.getString(2));
				});
		return new Slice(ids, keys);
	}

	/** The planner's estimate of all projects (kept by ANALYZE and autovacuum). */
	public long estimate() {
		Long estimate = jdbc.getJdbcTemplate()
			.queryForObject("select greatest(reltuples, 0)::bigint from pg_class where oid = 'project'::regclass",
					Long.class);
		return (estimate == null) ? 0 : estimate;
	}

	/** How many projects match, counted up to {@code limit + 1} at most. */
	public long count(ProjectList.Query query, int limit) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		StringBuilder where = conditions(query, parameters);
		parameters.addValue("limit", limit + 1);
		return jdbc.queryForObject("select count(*) from (select 1 from project p" + where + " limit :limit) c",
				parameters, Long.class);
	}

	private static StringBuilder conditions(ProjectList.Query query, MapSqlParameterSource parameters) {
		StringBuilder where = new StringBuilder(" where true");
		if (query.text() != null) {
			where.append(" and lower(p.acronym || ' ' || p.title::text) like :text escape '\\'");
			parameters.addValue("text", "%" + query.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
				.replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (query.programme() != null) {
			where.append(" and p.programme_id = (select g.id from programme g where g.slug = :programme)");
			parameters.addValue("programme", query.programme());
		}
		if (query.country() != null) {
			where.append(" and exists (select 1 from project_country c where c.project_id = p.id"
					+ " and c.country_code = :country)");
			parameters.addValue("country", query.country());
		}
		if (query.publication() != null) {
			where.append(" and p.publication_status = :publication");
			parameters.addValue("publication", query.publication().name());
		}
		if (query.status() != null) {
			where.append(" and p.status = :status");
			parameters.addValue("status", query.status().name());
		}
		if (query.year() != null) {
			where.append(" and " + START_KEY + " >= :yearStart and " + START_KEY + " < :yearEnd");
			parameters.addValue("yearStart", LocalDate.of(query.year(), 1, 1));
			parameters.addValue("yearEnd", LocalDate.of(query.year() + 1, 1, 1));
		}
		return where;
	}

	private static LocalDate parseDate(String value) {
		try {
			return LocalDate.parse(value);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("'" + value + "' is not a position in the list");
		}
	}

}
