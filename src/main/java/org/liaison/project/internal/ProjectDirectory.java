package org.liaison.project.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.liaison.common.ItemDirectory;
import org.liaison.common.ItemRef;
import org.liaison.common.ItemSummary;
import org.liaison.common.ItemType;
import org.liaison.common.LocalizedText;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Names published projects ("WAZIHUB — …") and programmes for links from other items. */
@Component
@Transactional(readOnly = true)
class ProjectDirectory implements ItemDirectory {

	private final ProjectRepository projects;

	private final ProgrammeRepository programmes;

	ProjectDirectory(ProjectRepository projects, ProgrammeRepository programmes) {
		this.projects = projects;
		this.programmes = programmes;
	}

	@Override
	public Set<ItemType> types() {
		return Set.of(ItemType.PROJECT, ItemType.PROGRAMME);
	}

	@Override
	public Map<ItemRef, ItemSummary> summaries(Collection<ItemRef> refs) {
		Map<ItemRef, ItemSummary> result = new HashMap<>();
		List<String> projectSlugs = refs.stream().filter(r -> r.type() == ItemType.PROJECT).map(ItemRef::key).toList();
		if (!projectSlugs.isEmpty()) {
			projects.findPublishedBySlugIn(projectSlugs).forEach(p -> {
				ItemRef ref = new ItemRef(ItemType.PROJECT, p.getSlug());
				result.put(ref, new ItemSummary(ref, LocalizedText.neutral(p.getAcronym()), "projects/" + p.getSlug()));
			});
		}
		List<String> programmeSlugs = refs.stream().filter(r -> r.type() == ItemType.PROGRAMME).map(ItemRef::key)
			.toList();
		if (!programmeSlugs.isEmpty()) {
			programmes.findBySlugIn(programmeSlugs).forEach(p -> {
				ItemRef ref = new ItemRef(ItemType.PROGRAMME, p.getSlug());
				result.put(ref, new ItemSummary(ref, p.getName(), "programmes/" + p.getSlug()));
			});
		}
		return result;
	}

}
