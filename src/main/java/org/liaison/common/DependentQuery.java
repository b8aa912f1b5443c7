package org.liaison.common;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** Counts the items of one kind that depend on another, and names the first three, in SQL. */
public final class DependentQuery {

	private DependentQuery() {
	}

	/**
	 * @param from the query's {@code from … where …} part, selecting the dependents of the item
	 * @param name the SQL expression naming a dependent, for the refusal message
	 * @param args the parameters of {@code from}
	 */
	public static Dependent find(JdbcTemplate jdbc, String kindKey, String from, String name, Object... args) {
		Long count = jdbc.queryForObject("select count(*) " + from, Long.class, args);
		List<String> examples = (count == null || count == 0) ? List.of()
				: jdbc.queryForList("select " + name + " " + from + " order by 1 limit 3", String.class, args);
		return new Dependent(kindKey, (count == null) ? 0 : count, examples);
	}

}
