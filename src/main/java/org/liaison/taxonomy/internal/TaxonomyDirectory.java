package org.liaison.taxonomy.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.liaison.common.ItemDirectory;
import org.liaison.common.ItemRef;
import org.liaison.common.ItemSummary;
import org.liaison.common.ItemType;
import org.liaison.taxonomy.TermPaths;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Names terms ({@code term:policy-goals/tackle-global-societal-challenges}) for links from other items. */
@Component
@Transactional(readOnly = true)
class TaxonomyDirectory implements ItemDirectory {

	private final TermRepository terms;

	TaxonomyDirectory(TermRepository terms) {
		this.terms = terms;
	}

	@Override
	public Set<ItemType> types() {
		return Set.of(ItemType.TERM);
	}

	@Override
	public Map<ItemRef, ItemSummary> summaries(Collection<ItemRef> refs) {
		Map<ItemRef, ItemSummary> result = new HashMap<>();
		for (ItemRef ref : refs) {
			int slash = ref.key().indexOf('/');
			if (slash < 0) {
				continue;
			}
			terms.findByVocabularyAndSlug(ref.key().substring(0, slash), ref.key().substring(slash + 1))
				.ifPresent(t -> result.put(ref, new ItemSummary(ref, t.getName(), TermPaths.pathOf(t))));
		}
		return result;
	}

}
