package org.liaison.content.internal;

import java.util.List;

import org.liaison.common.Dependent;
import org.liaison.common.ItemRef;
import org.liaison.common.ItemReferences;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Related-content and "see also" links that point at an item, as delete refusals name them. */
@Component
class RelatedLinkReferences implements ItemReferences {

	private final JdbcTemplate jdbc;

	RelatedLinkReferences(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Dependent> referencesTo(ItemRef item) {
		long count = jdbc.queryForObject("select count(*) from related_link where target_type = ? and target_key = ?",
				Long.class, item.type().code(), item.key());
		if (count == 0) {
			return List.of();
		}
		List<String> examples = jdbc.queryForList("""
				select source_type || ':' || source_key from related_link where target_type = ? and target_key = ?
				order by source_type, source_key limit 5""", String.class, item.type().code(), item.key());
		return List.of(new Dependent("admin.kind.relatedLinks", count, examples));
	}

	@Override
	public void rekey(ItemRef from, String newKey) {
		jdbc.update("update related_link set target_key = ? where target_type = ? and target_key = ?", newKey,
				from.type().code(), from.key());
		jdbc.update("update related_link set source_key = ? where source_type = ? and source_key = ?", newKey,
				from.type().code(), from.key());
	}

	@Override
	public void forget(ItemRef item) {
		jdbc.update("delete from related_link where source_type = ? and source_key = ?", item.type().code(), item.key());
	}

}
