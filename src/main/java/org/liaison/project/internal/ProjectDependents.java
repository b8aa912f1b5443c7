package org.liaison.project.internal;

import java.util.List;

import org.liaison.common.Dependent;
import org.liaison.common.DependentQuery;
import org.liaison.common.ItemReferences;
import org.liaison.common.ItemRef;
import org.liaison.common.ItemType;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Projects tagged with a term keep it from being deleted. */
@Component
class ProjectDependents implements ItemReferences {

	private final JdbcTemplate jdbc;

	ProjectDependents(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Dependent> referencesTo(ItemRef item) {
		String[] parts = item.key().split("/", 2);
		if (item.type() != ItemType.TERM || parts.length != 2) {
			return List.of();
		}
		return List.of(DependentQuery.find(jdbc, "admin.kind.projects", """
				from project p join project_term pt on pt.project_id = p.id join term t on t.id = pt.term_id
				join vocabulary v on v.id = t.vocabulary_id where v.code = ? and t.slug = ?""", "p.acronym", parts[0],
				parts[1]));
	}

}
