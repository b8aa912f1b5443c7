package org.liaison.content;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.liaison.common.ItemDirectory;
import org.liaison.common.ItemRef;
import org.liaison.common.ItemSummary;
import org.liaison.common.ItemType;
import org.liaison.common.LocalizedText;
import org.liaison.content.internal.RelatedLinkRepository;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Related content" and "see also" links between any two items. The linked items are named by the
 * module that owns them (through its {@link ItemDirectory}); a link to an item that is gone or not
 * public is left out.
 */
@Service
@Transactional(readOnly = true)
public class RelatedContentService {

	private final RelatedLinkRepository links;

	private final ObjectProvider<ItemDirectory> directories;

	RelatedContentService(RelatedLinkRepository links, ObjectProvider<ItemDirectory> directories) {
		this.links = links;
		this.directories = directories;
	}

	/** The items linked from {@code source} as {@code kind}, in the editor's order. */
	public List<ItemSummary> linksFrom(ItemRef source, LinkKind kind) {
		List<RelatedLink> found = links.findBySourceTypeAndSourceKeyAndKindOrderByPositionAsc(source.type().code(),
				source.key(), kind);
		Map<ItemRef, ItemSummary> summaries = summaries(found.stream().map(RelatedLink::target).toList());
		List<ItemSummary> result = new ArrayList<>();
		for (RelatedLink link : found) {
			ItemSummary summary = summaries.get(link.target());
			if (summary != null) {
				result.add(summary);
			}
		}
		return result;
	}

	/** Summaries of any items, asking each owning module once. */
	public Map<ItemRef, ItemSummary> summaries(Collection<ItemRef> refs) {
		if (refs.isEmpty()) {
			return Map.of();
		}
		Map<ItemType, List<ItemRef>> byType = refs.stream()
			.collect(Collectors.groupingBy(ItemRef::type, () -> new EnumMap<>(ItemType.class), Collectors.toList()));
		Map<ItemRef, ItemSummary> result = new HashMap<>();
		directories.orderedStream().forEach(directory -> {
			List<ItemRef> mine = directory.types().stream()
				.flatMap(t -> byType.getOrDefault(t, List.of()).stream())
				.toList();
			if (!mine.isEmpty()) {
				result.putAll(directory.summaries(mine));
			}
		});
		return result;
	}

	/** The items linked from {@code source} as {@code kind}, in order, whether they are public or not. */
	public List<ItemRef> targetsOf(ItemRef source, LinkKind kind) {
		return links.findBySourceTypeAndSourceKeyAndKindOrderByPositionAsc(source.type().code(), source.key(), kind)
			.stream()
			.map(RelatedLink::target)
			.toList();
	}

	/**
	 * Replaces the links from {@code source} of one kind by {@code targets}, in that order; a target
	 * named twice is linked once.
	 * @throws IllegalArgumentException when a target does not exist or is the source itself
	 */
	@Transactional
	public void replaceLinks(ItemRef source, LinkKind kind, List<ItemRef> targets) {
		List<ItemRef> distinct = targets.stream().distinct().toList();
		Map<ItemRef, ItemSummary> known = summaries(distinct);
		for (ItemRef target : distinct) {
			if (target.equals(source)) {
				throw new IllegalArgumentException("An item cannot be related to itself: " + source);
			}
			if (!known.containsKey(target)) {
				throw new IllegalArgumentException("Cannot link " + source + " to " + target + ": there is no such item");
			}
		}
		links.deleteLinks(source.type().code(), source.key(), kind);
		int position = 0;
		for (ItemRef target : distinct) {
			links.save(new RelatedLink(source, target, kind, LocalizedText.empty(), position++));
		}
	}

	/** Draws a link from one item to another, after the links already there. */
	@Transactional
	public RelatedLink link(ItemRef source, ItemRef target, LinkKind kind, LocalizedText note) {
		if (summaries(List.of(target)).isEmpty()) {
			throw new IllegalArgumentException("Cannot link " + source + " to " + target + ": there is no such item");
		}
		int position = links.countBySourceTypeAndSourceKeyAndKind(source.type().code(), source.key(), kind);
		return links.save(new RelatedLink(source, target, kind, note, position));
	}

}
