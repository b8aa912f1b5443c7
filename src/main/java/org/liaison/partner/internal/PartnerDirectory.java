package org.liaison.partner.internal;

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

/** Names partners for links from other items. */
@Component
@Transactional(readOnly = true)
class PartnerDirectory implements ItemDirectory {

	private final PartnerRepository partners;

	PartnerDirectory(PartnerRepository partners) {
		this.partners = partners;
	}

	@Override
	public Set<ItemType> types() {
		return Set.of(ItemType.PARTNER);
	}

	@Override
	public Map<ItemRef, ItemSummary> summaries(Collection<ItemRef> refs) {
		Map<ItemRef, ItemSummary> result = new HashMap<>();
		partners.findPublishedBySlugIn(refs.stream().map(ItemRef::key).toList()).forEach(p -> {
			ItemRef ref = new ItemRef(ItemType.PARTNER, p.getSlug());
			result.put(ref, new ItemSummary(ref, p.getName(), "partners/" + p.getSlug()));
		});
		return result;
	}

}
