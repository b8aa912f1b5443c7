package org.liaison.partner.internal;

import java.util.List;

import org.liaison.common.Dependent;
import org.liaison.common.DependentFinder;
import org.liaison.common.ItemRef;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Organisation partners placed in a region keep it; a partner's agreements keep the partner. */
@Component
class PartnerDependents implements DependentFinder {

	private final JdbcTemplate jdbc;

	PartnerDependents(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Dependent> dependentsOf(ItemRef item) {
		return switch (item.type()) {
			case REGION -> List.of(find("admin.kind.partners", """
					from partner p join partner_region pr on pr.partner_id = p.id join region r on r.id = pr.region_id
					where r.code = ?""", "coalesce(p.name->>'en', p.slug)", item.key()));
			case PARTNER -> List.of(find("admin.kind.agreements", """
					from agreement a join partner p on p.id = a.partner_id where p.slug = ?""",
					"coalesce(a.title->>'en', a.slug)", item.key()));
			default -> List.of();
		};
	}

	private Dependent find(String kindKey, String from, String name, String key) {
		Long count = jdbc.queryForObject("select count(*) " + from, Long.class, key);
		List<String> examples = (count == null || count == 0) ? List.of()
				: jdbc.queryForList("select " + name + " " + from + " order by 1 limit 3", String.class, key);
		return new Dependent(kindKey, (count == null) ? 0 : count, examples);
	}

}
