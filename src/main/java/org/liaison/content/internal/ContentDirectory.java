package org.liaison.content.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.liaison.common.ItemDirectory;
import org.liaison.common.ItemRef;
import org.liaison.common.ItemSummary;
import org.liaison.common.ItemType;
import org.liaison.common.PublicationStatus;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Names the published news, pages and documents for links from other items. */
@Component
@Transactional(readOnly = true)
class ContentDirectory implements ItemDirectory {

	private final NewsItemRepository news;

	private final PageRepository pages;

	private final DocumentRepository documents;

	ContentDirectory(NewsItemRepository news, PageRepository pages, DocumentRepository documents) {
		this.news = news;
		this.pages = pages;
		this.documents = documents;
	}

	@Override
	public Set<ItemType> types() {
		return Set.of(ItemType.NEWS, ItemType.PAGE, ItemType.DOCUMENT);
	}

	@Override
	public Map<ItemRef, ItemSummary> summaries(Collection<ItemRef> refs) {
		Map<ItemRef, ItemSummary> result = new HashMap<>();
		List<String> newsSlugs = keys(refs, ItemType.NEWS);
		if (!newsSlugs.isEmpty()) {
			news.findBySlugInAndStatus(newsSlugs, PublicationStatus.PUBLISHED)
				.forEach(n -> put(result, ItemType.NEWS, n.getSlug(), n.getTitle()));
		}
		List<String> pageSlugs = keys(refs, ItemType.PAGE);
		if (!pageSlugs.isEmpty()) {
			pages.findBySlugInAndStatus(pageSlugs, PublicationStatus.PUBLISHED)
				.forEach(p -> put(result, ItemType.PAGE, p.getSlug(), p.getTitle()));
		}
		List<String> documentSlugs = keys(refs, ItemType.DOCUMENT);
		if (!documentSlugs.isEmpty()) {
			documents.findBySlugInAndStatus(documentSlugs, PublicationStatus.PUBLISHED)
				.forEach(d -> put(result, ItemType.DOCUMENT, d.getSlug(), d.getTitle()));
		}
		return result;
	}

	private static void put(Map<ItemRef, ItemSummary> result, ItemType type, String slug,
			org.liaison.common.LocalizedText title) {
		ItemRef ref = new ItemRef(type, slug);
		result.put(ref, new ItemSummary(ref, title, type.pathSegment() + "/" + slug));
	}

	static List<String> keys(Collection<ItemRef> refs, ItemType type) {
		return refs.stream().filter(r -> r.type() == type).map(ItemRef::key).distinct().toList();
	}

}
