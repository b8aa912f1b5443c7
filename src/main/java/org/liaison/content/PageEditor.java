package org.liaison.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.liaison.common.ItemReferences;
import org.liaison.common.ItemType;
import org.liaison.common.LocalizedText;
import org.liaison.content.internal.PageRepository;
import org.liaison.media.StoredImage;
import org.liaison.security.AuditAction;
import org.liaison.security.AuditLog;
import org.liaison.security.ItemRevision;
import org.liaison.common.PublicationStatus;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editorial pages as the back office edits them (see {@link EditorialEditor}), listed by slug. */
@Service
public class PageEditor extends EditorialEditor<Page, PageEditor.Draft> {

	/** The fields a revision compares. */
	public static final List<String> FIELDS = List.of("slug", "title", "summary", "body", "schedule", "status");

	private final PageRepository pages;

	private final AuditLog audit;

	PageEditor(PageRepository pages, List<ItemReferences> references, AuditLog audit, EntityManager entityManager,
			org.liaison.admin.PublicationWorkflow workflow) {
		super(Page.class, ItemType.PAGE, pages, references, audit, entityManager, workflow);
		this.pages = pages;
		this.audit = audit;
	}

	/** What an editor writes: the page's address and texts. */
	public record Draft(String slug, LocalizedText title, LocalizedText summary, LocalizedText body)
			implements EditorialEditor.Draft {
	}

	/**
	 * Gives the page an image with its alt text, or, with {@code image} null, a new alt text for the
	 * image it has.
	 */
	@Transactional
	public Page illustrate(long id, long basedOnVersion, StoredImage image, LocalizedText alt) {
		Page page = requireVersion(id, basedOnVersion);
		if (image == null) {
			page.describeImage(alt);
			pages.flush();
			audit.record(AuditAction.UPDATE, "page:" + id, "image alt text");
		}
		else {
			page.illustrate(image, alt);
			pages.flush();
			audit.record(AuditAction.UPDATE, "page:" + id, "image " + image.file() + " (" + image.mediaType() + ", "
					+ image.width() + "×" + image.height() + ")");
		}
		return page;
	}

	@Transactional
	public Page removeImage(long id, long basedOnVersion) {
		Page page = requireVersion(id, basedOnVersion);
		page.removeImage();
		pages.flush();
		audit.record(AuditAction.UPDATE, "page:" + id, "image removed");
		return page;
	}

	@Override
	public List<String> fields() {
		return FIELDS;
	}

	@Override
	protected Map<String, Object> snapshot(Page page) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("slug", page.getSlug());
		fields.put("title", page.getTitle());
		fields.put("summary", page.getSummary());
		fields.put("body", page.getBody());
		fields.put("status", page.getStatus());
		fields.put("schedule", page.getScheduledFor());
		return fields;
	}

	@Override
	protected Page newItem(Draft draft) {
		return new Page(draft.slug(), draft.title(), draft.summary(), draft.body());
	}

	@Override
	protected void edit(Page page, Draft draft) {
		page.edit(draft.slug(), draft.title(), draft.summary(), draft.body());
	}

	@Override
	protected Draft draftOf(ItemRevision old) {
		return new Draft((String) old.field("slug"), (LocalizedText) old.field("title"),
				(LocalizedText) old.field("summary"), (LocalizedText) old.field("body"));
	}

	@Override
	protected Optional<Page> findBySlug(String slug) {
		return pages.findBySlug(slug);
	}

	@Override
	protected org.springframework.data.domain.Page<Page> search(String pattern, PublicationStatus status,
			PageRequest request) {
		return pages.search(pattern, status, request);
	}

	@Override
	protected Sort listOrder() {
		return Sort.by("slug");
	}

}
