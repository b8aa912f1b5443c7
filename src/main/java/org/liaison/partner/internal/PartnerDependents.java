package org.liaison.partner.internal;

import java.util.List;

import org.liaison.common.Dependent;
import org.liaison.common.DependentQuery;
import org.liaison.common.ItemReferences;
import org.liaison.common.ItemRef;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Organisation partners placed in a region keep it; a partner's agreements keep the partner. */
@Component
class PartnerDependents implements ItemReferences {

	private final JdbcTemplate jdbc;

	PartnerDependents(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Dependent> referencesTo(ItemRef item) {
		return switch (item.type()) {
			case REGION -> List.of(DependentQuery.find(jdbc, "admin.kind.partners", """
					from partner p join partner_region pr on pr.partner_id = p.id join region r on r.id = pr.region_id
					where r.code = ?""", "coalesce(p.name->>'en', p.slug)", item.key()));
			case PARTNER -> List.of(DependentQuery.find(jdbc, "admin.kind.agreements", """
					from agreement a join partner p on p.id = a.partner_id where p.slug = ?""",
					"coalesce(a.title->>'en', a.slug)", item.key()));
			default -> List.of();
		};
	}

}
