package org.liaison.geography.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.liaison.common.ItemDirectory;
import org.liaison.common.ItemRef;
import org.liaison.common.ItemSummary;
import org.liaison.common.ItemType;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Names regions and countries for links from other items. */
@Component
@Transactional(readOnly = true)
class GeographyDirectory implements ItemDirectory {

	private final RegionRepository regions;

	private final CountryRepository countries;

	GeographyDirectory(RegionRepository regions, CountryRepository countries) {
		this.regions = regions;
		this.countries = countries;
	}

	@Override
	public Set<ItemType> types() {
		return Set.of(ItemType.REGION, ItemType.COUNTRY);
	}

	@Override
	public Map<ItemRef, ItemSummary> summaries(Collection<ItemRef> refs) {
		Map<ItemRef, ItemSummary> result = new HashMap<>();
		var regionCodes = refs.stream().filter(r -> r.type() == ItemType.REGION).map(ItemRef::key).toList();
		if (!regionCodes.isEmpty()) {
			regions.findByCodeIn(regionCodes).forEach(r -> {
				ItemRef ref = new ItemRef(ItemType.REGION, r.getCode());
				result.put(ref, new ItemSummary(ref, r.getName(), "regions/" + r.getCode()));
			});
		}
		var countryCodes = refs.stream().filter(r -> r.type() == ItemType.COUNTRY)
			.map(r -> r.key().toUpperCase(Locale.ROOT)).toList();
		if (!countryCodes.isEmpty()) {
			countries.findByCodeIn(countryCodes).forEach(c -> {
				ItemRef ref = new ItemRef(ItemType.COUNTRY, c.getUrlCode());
				result.put(ref, new ItemSummary(ref, c.getName(), "countries/" + c.getUrlCode()));
			});
		}
		return result;
	}

}
