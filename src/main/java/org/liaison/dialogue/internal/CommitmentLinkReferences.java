package org.liaison.dialogue.internal;

import java.util.List;

import org.liaison.common.Dependent;
import org.liaison.common.ItemRef;
import org.liaison.common.ItemReferences;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Commitments carried out by an item (a project, an agreement), as delete refusals name them. */
@Component
class CommitmentLinkReferences implements ItemReferences {

	private final JdbcTemplate jdbc;

	CommitmentLinkReferences(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Dependent> referencesTo(ItemRef item) {
		long count = jdbc.queryForObject("select count(*) from commitment_link where target_type = ? and target_key = ?",
				Long.class, item.type().code(), item.key());
		if (count == 0) {
			return List.of();
		}
		List<String> examples = jdbc.queryForList("""
				select s.slug || ' #' || m.sequence_number || ': ' || coalesce(c.text ->> 'en', c.text ->> (select min(k) from jsonb_object_keys(c.text) k))
				from commitment_link l join commitment c on c.id = l.commitment_id
				join meeting m on m.id = c.meeting_id join dialogue_series s on s.id = m.series_id
				where l.target_type = ? and l.target_key = ? order by c.id limit 5""", String.class, item.type().code(),
				item.key());
		return List.of(new Dependent("admin.kind.commitments", count, examples));
	}

	@Override
	public void rekey(ItemRef from, String newKey) {
		jdbc.update("update commitment_link set target_key = ? where target_type = ? and target_key = ?", newKey,
				from.type().code(), from.key());
	}

	@Override
	public void forget(ItemRef item) {
		// a commitment's links belong to the commitment; an item that is deleted owns none of them
	}

}
