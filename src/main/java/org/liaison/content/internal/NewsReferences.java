package org.liaison.content.internal;

import java.util.ArrayList;
import java.util.List;

import org.liaison.common.Dependent;
import org.liaison.common.DependentQuery;
import org.liaison.common.ItemReferences;
import org.liaison.common.ItemRef;
import org.liaison.common.ItemType;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * News about a partner and news tagged with a term keep those from being deleted. (Related-content
 * links are {@link RelatedLinkReferences}.)
 */
@Component
class NewsReferences implements ItemReferences {

	private final JdbcTemplate jdbc;

	NewsReferences(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Dependent> referencesTo(ItemRef item) {
		List<Dependent> found = new ArrayList<>();
		if (item.type() == ItemType.PARTNER) {
			found.add(DependentQuery.find(jdbc, "admin.kind.news", """
					from news_item n join news_item_partner np on np.news_item_id = n.id
					join partner p on p.id = np.partner_id where p.slug = ?""", "n.slug", item.key()));
		}
		if (item.type() == ItemType.TERM) {
			String[] parts = item.key().split("/", 2);
			if (parts.length == 2) {
				found.add(DependentQuery.find(jdbc, "admin.kind.news", """
						from news_item n join news_item_term nt on nt.news_item_id = n.id join term t on t.id = nt.term_id
						join vocabulary v on v.id = t.vocabulary_id where v.code = ? and t.slug = ?""", "n.slug",
						parts[0], parts[1]));
			}
		}
		return found;
	}

}
