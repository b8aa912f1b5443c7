package org.liaison.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.liaison.common.Dependent;
import org.liaison.common.InUseException;
import org.liaison.common.ItemRef;
import org.liaison.common.ItemReferences;
import org.liaison.common.ItemType;
import org.liaison.common.KeyTakenException;
import org.liaison.common.LocalizedText;
import org.liaison.common.StaleEditException;
import org.liaison.content.internal.ContentHistory;
import org.liaison.content.internal.PageRepository;
import org.liaison.security.AuditAction;
import org.liaison.security.AuditLog;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editorial pages as the back office edits them: every status, optimistic locking, the workflow
 * (draft → in review → published → archived), history and restore, delete refused while links
 * point at the page. Every change is audited; every change is a revision.
 */
@Service
@Transactional(readOnly = true)
public class PageEditor {

	/** Pages on one page of the back office's list. */
	public static final int PAGE_SIZE = 25;

	/** The fields a revision compares. */
	public static final List<String> FIELDS = List.of("slug", "title", "summary", "body", "status");

	private final PageRepository pages;

	private final List<ItemReferences> references;

	private final AuditLog audit;

	private final EntityManager entityManager;

	PageEditor(PageRepository pages, List<ItemReferences> references, AuditLog audit, EntityManager entityManager) {
		this.pages = pages;
		this.references = references;
		this.audit = audit;
		this.entityManager = entityManager;
	}

	/** A page (counted from 1) of pages in any status whose slug or title contains the text, by slug. */
	public org.springframework.data.domain.Page<Page> search(String text, PublicationStatus status, int page) {
		return pages.search(likePattern(text), status, PageRequest.of(page - 1, PAGE_SIZE, Sort.by("slug")));
	}

	public Optional<Page> find(long id) {
		return pages.findById(id);
	}

	/** What an editor writes: the page's address and texts. */
	public record Draft(String slug, LocalizedText title, LocalizedText summary, LocalizedText body) {
	}

	@Transactional
	public Page create(Draft draft) {
		if (pages.findBySlug(draft.slug()).isPresent()) {
			throw new KeyTakenException("slug", draft.slug());
		}
		Page page = pages.saveAndFlush(new Page(draft.slug(), draft.title(), draft.summary(), draft.body()));
		audit.record(AuditAction.CREATE, "page:" + page.getId(), page.getSlug());
		return page;
	}

	@Transactional
	public Page update(long id, long basedOnVersion, Draft draft) {
		Page page = require(id);
		if (page.getVersion() != basedOnVersion) {
			throw new StaleEditException("Page " + id, basedOnVersion, page.getVersion());
		}
		return apply(page, draft, AuditAction.UPDATE, null);
	}

	/** Moves a page along the workflow; only the next steps of its status are allowed. */
	@Transactional
	public Page move(long id, long basedOnVersion, PublicationStatus target) {
		Page page = require(id);
		if (page.getVersion() != basedOnVersion) {
			throw new StaleEditException("Page " + id, basedOnVersion, page.getVersion());
		}
		PublicationStatus from = page.getStatus();
		if (!from.canMoveTo(target)) {
			throw new IllegalStateException("A page cannot go from " + from + " to " + target);
		}
		page.moveTo(target);
		pages.flush();
		audit.record(target == PublicationStatus.PUBLISHED ? AuditAction.PUBLISH : AuditAction.STATUS_CHANGE,
				"page:" + id, from + " → " + target);
		return page;
	}

	/** Related-content links that point at the page. */
	public List<Dependent> dependents(long id) {
		ItemRef ref = new ItemRef(ItemType.PAGE, require(id).getSlug());
		return references.stream().flatMap(r -> r.referencesTo(ref).stream()).toList();
	}

	@Transactional
	public void delete(long id) {
		Page page = require(id);
		InUseException.refuseIfAny("Page " + page.getSlug(), dependents(id));
		pages.delete(page);
		references.forEach(r -> r.forget(new ItemRef(ItemType.PAGE, page.getSlug())));
		pages.flush();
		audit.record(AuditAction.DELETE, "page:" + id, page.getSlug());
	}

	/** The page's revisions, oldest first. */
	public List<ContentRevision> history(long id) {
		return ContentHistory.of(entityManager, Page.class, id, PageEditor::snapshot, FIELDS);
	}

	/** Puts an earlier revision's slug and texts back; the status stays as it is. */
	@Transactional
	public Page restore(long id, long revision) {
		Page page = require(id);
		ContentRevision old = history(id).stream()
			.filter(r -> r.revision() == revision)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Page " + id + " has no revision " + revision));
		Draft draft = new Draft((String) old.field("slug"), (LocalizedText) old.field("title"),
				(LocalizedText) old.field("summary"), (LocalizedText) old.field("body"));
		return apply(page, draft, AuditAction.RESTORE, "revision " + revision);
	}

	private Page apply(Page page, Draft draft, AuditAction action, String details) {
		long id = page.getId();
		pages.findBySlug(draft.slug()).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
			throw new KeyTakenException("slug", draft.slug());
		});
		Map<String, Object> before = snapshot(page);
		String oldSlug = page.getSlug();
		page.edit(draft.slug(), draft.title(), draft.summary(), draft.body());
		pages.flush();
		if (!oldSlug.equals(draft.slug())) {
			references.forEach(r -> r.rekey(new ItemRef(ItemType.PAGE, oldSlug), draft.slug()));
		}
		Map<String, Object> after = snapshot(page);
		List<String> changed = FIELDS.stream().filter(f -> !java.util.Objects.equals(before.get(f), after.get(f))).toList();
		audit.record(action, "page:" + id, (details != null) ? details
				: changed.isEmpty() ? "no change" : String.join(", ", changed));
		return page;
	}

	static Map<String, Object> snapshot(Page page) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("slug", page.getSlug());
		fields.put("title", page.getTitle());
		fields.put("summary", page.getSummary());
		fields.put("body", page.getBody());
		fields.put("status", page.getStatus());
		return fields;
	}

	static String likePattern(String text) {
		return (text == null || text.isBlank()) ? null
				: "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
						+ "%";
	}

	private Page require(long id) {
		return pages.findById(id).orElseThrow(() -> new ContentNotFoundException("page", id));
	}

}
