package org.liaison.project.internal;

import java.util.List;

import org.liaison.common.Dependent;
import org.liaison.common.DependentFinder;
import org.liaison.common.ItemRef;
import org.liaison.common.ItemType;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Projects tagged with a term keep it from being deleted. */
@Component
class ProjectDependents implements DependentFinder {

	private final JdbcTemplate jdbc;

	ProjectDependents(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Dependent> dependentsOf(ItemRef item) {
		String[] parts = item.key().split("/", 2);
		if (item.type() != ItemType.TERM || parts.length != 2) {
			return List.of();
		}
		String from = """
				from project p join project_term pt on pt.project_id = p.id join term t on t.id = pt.term_id
				join vocabulary v on v.id = t.vocabulary_id where v.code = ? and t.slug = ?""";
		Long count = jdbc.queryForObject("select count(*) " + from, Long.class, parts[0], parts[1]);
		List<String> examples = (count == null || count == 0) ? List.of()
				: jdbc.queryForList("select p.acronym " + from + " order by 1 limit 3", String.class, parts[0], parts[1]);
		return List.of(new Dependent("admin.kind.projects", (count == null) ? 0 : count, examples));
	}

}
