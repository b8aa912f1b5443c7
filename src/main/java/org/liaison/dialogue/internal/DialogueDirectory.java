package org.liaison.dialogue.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
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

	private final MeetingRepository meetings;

	DialogueDirectory(DialogueSeriesRepository series, MeetingRepository meetings) {
		this.series = series;
		this.meetings = meetings;
	}


	@Override
	public Set<ItemType> types() {
		return Set.of(ItemType.DIALOGUE, ItemType.MEETING);
	}

	@Override
	public Map<ItemRef, ItemSummary> summaries(Collection<ItemRef> refs) {
		Map<ItemRef, ItemSummary> result = new HashMap<>();
		List<String> meetingKeys = refs.stream().filter(r -> r.type() == ItemType.MEETING).map(ItemRef::key).toList();
		if (!meetingKeys.isEmpty()) {
			meetings.findBySeriesSlugs(meetingKeys.stream().map(k -> k.substring(0, Math.max(k.indexOf('/'), 0))).toList())
				.forEach(m -> {
					String key = m.getSeries().getSlug() + "/" + m.getSequenceNumber();
					if (meetingKeys.contains(key)) {
						ItemRef ref = new ItemRef(ItemType.MEETING, key);
						result.put(ref, new ItemSummary(ref, m.numberedName(),
								"dialogues/" + key.replace("/", "/meetings/")));
					}
				});
		}
		series.findBySlugIn(refs.stream().filter(r -> r.type() == ItemType.DIALOGUE).map(ItemRef::key).toList()).forEach(s -> {
			ItemRef ref = new ItemRef(ItemType.DIALOGUE, s.getSlug());
			result.put(ref, new ItemSummary(ref, s.getName(), "dialogues/" + s.getSlug()));
		});
		return result;
	}

}
