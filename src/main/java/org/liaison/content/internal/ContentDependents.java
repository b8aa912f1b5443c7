package org.liaison.content.internal;

import java.util.ArrayList;
import java.util.List;

import org.liaison.common.Dependent;
import org.liaison.common.DependentFinder;
import org.liaison.common.ItemRef;
import org.liaison.common.ItemType;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * News about a partner, news tagged with a term, and related-content links to or from any item:
 * they keep those items from being deleted.
 */
@Component
class ContentDependents implements DependentFinder {

	private final JdbcTemplate jdbc;

	ContentDependents(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Dependent> dependentsOf(ItemRef item) {
		List<Dependent> found = new ArrayList<>();
		if (item.type() == ItemType.PARTNER) {
			found.add(find("admin.kind.news", """
					from news_item n join news_item_partner np on np.news_item_id = n.id
					join partner p on p.id = np.partner_id where p.slug = ?""", "n.slug", item.key()));
		}
		if (item.type() == ItemType.TERM) {
			String[] parts = item.key().split("/", 2);
			if (parts.length == 2) {
				found.add(find("admin.kind.news", """
						from news_item n join news_item_term nt on nt.news_item_id = n.id join term t on t.id = nt.term_id
						join vocabulary v on v.id = t.vocabulary_id where v.code = ? and t.slug = ?""", "n.slug",
						parts[0], parts[1]));
			}
		}
		found.add(find("admin.kind.relatedLinks", """
				from related_link l where (l.target_type = ? and l.target_key = ?) or (l.source_type = ? and l.source_key = ?)""",
				"case when l.target_type = ? and l.target_key = ? then l.source_type || ':' || l.source_key "
						+ "else l.target_type || ':' || l.target_key end",
				item.type().code(), item.key(), item.type().code(), item.key()));
		return found;
	}

	private Dependent find(String kindKey, String from, String name, Object... args) {
		Long count = jdbc.queryForObject("select count(*) " + from, Long.class, args);
		if (count == null || count == 0) {
			return new Dependent(kindKey, 0, List.of());
		}
		// the name expression of related links repeats the item's type and key before the filter's
		Object[] nameArgs = name.contains("?") ? prepend(args, args[0], args[1]) : args;
		List<String> examples = jdbc.queryForList("select " + name + " " + from + " order by 1 limit 3", String.class,
				nameArgs);
		return new Dependent(kindKey, count, examples);
	}

	private static Object[] prepend(Object[] args, Object first, Object second) {
		Object[] all = new Object[args.length + 2];
		all[0] = first;
		all[1] = second;
		System.arraycopy(args, 0, all, 2, args.length);
		return all;
	}

}
