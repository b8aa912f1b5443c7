package org.liaison.dialogue.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.liaison.common.ItemDirectory;
import org.liaison.common.ItemRef;
import org.liaison.common.ItemSummary;
import org.liaison.common.ItemType;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Names dialogue series for links from other items. */
@Component
@Transactional(readOnly = true)
class DialogueDirectory implements ItemDirectory {

	private final DialogueSeriesRepository series;

	DialogueDirectory(DialogueSeriesRepository series) {
		this.series = series;
	}

	@Override
	public Set<ItemType> types() {
		return Set.of(ItemType.DIALOGUE);
	}

	@Override
	public Map<ItemRef, ItemSummary> summaries(Collection<ItemRef> refs) {
		Map<ItemRef, ItemSummary> result = new HashMap<>();
		series.findBySlugIn(refs.stream().map(ItemRef::key).toList()).forEach(s -> {
			ItemRef ref = new ItemRef(ItemType.DIALOGUE, s.getSlug());
			result.put(ref, new ItemSummary(ref, s.getName(), "dialogues/" + s.getSlug()));
		});
		return result;
	}

}
