package org.liaison.dialogue.internal;

import java.util.List;

import org.liaison.common.Dependent;
import org.liaison.common.DependentQuery;
import org.liaison.common.ItemReferences;
import org.liaison.common.ItemRef;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Dialogue series held with a partner and meetings tagged with a term: they keep those from being deleted. */
@Component
class DialogueDependents implements ItemReferences {

	private final JdbcTemplate jdbc;

	DialogueDependents(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Dependent> referencesTo(ItemRef item) {
		return switch (item.type()) {
			case PARTNER -> List.of(DependentQuery.find(jdbc, "admin.kind.dialogues", """
					from dialogue_series s join dialogue_partner dp on dp.series_id = s.id
					join partner p on p.id = dp.partner_id where p.slug = ?""",
					"coalesce(s.name->>'en', s.slug)", item.key()));
			case TERM -> termKey(item).map(parts -> List.of(DependentQuery.find(jdbc, "admin.kind.meetings", """
					from meeting m join dialogue_series s on s.id = m.series_id
					join meeting_topic mt on mt.meeting_id = m.id join term t on t.id = mt.term_id
					join vocabulary v on v.id = t.vocabulary_id where v.code = ? and t.slug = ?""",
					"coalesce(s.name->>'en', s.slug) || ' #' || m.sequence_number", parts[0], parts[1])))
				.orElse(List.of());
			default -> List.of();
		};
	}

	static java.util.Optional<String[]> termKey(ItemRef item) {
		String[] parts = item.key().split("/", 2);
		return (parts.length == 2) ? java.util.Optional.of(parts) : java.util.Optional.empty();
	}

}
