package org.liaison.content;

import java.util.LinkedHashMap;
import java.util.List;
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
import org.liaison.content.internal.DocumentRepository;
import org.liaison.security.AuditAction;
import org.liaison.security.AuditLog;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Official documents as the back office edits them: every status, optimistic locking, the workflow
 * (draft → in review → published → archived), history and restore, delete refused while links
 * point at the document. Every change is audited; every change is a revision.
 */
@Service
@Transactional(readOnly = true)
public class DocumentEditor {

	/** Documents on one page of the back office's list. */
	public static final int PAGE_SIZE = 25;

	/** The fields a revision compares. */
	public static final List<String> FIELDS = List.of("slug", "kind", "title", "summary", "quote", "issuedOn", "issuer", "url", "status");

	private final DocumentRepository documents;

	private final List<ItemReferences> references;

	private final AuditLog audit;

	private final EntityManager entityManager;

	DocumentEditor(DocumentRepository documents, List<ItemReferences> references, AuditLog audit, EntityManager entityManager) {
		this.documents = documents;
		this.references = references;
		this.audit = audit;
		this.entityManager = entityManager;
	}

	/** A page (counted from 1) of documents in any status whose slug or title contains the text, latest first. */
	public org.springframework.data.domain.Page<Document> search(String text, PublicationStatus status, int page) {
		return documents.search(PageEditor.likePattern(text), status, PageRequest.of(page - 1, PAGE_SIZE, Sort.by(Sort.Order.desc("issuedOn"), Sort.Order.asc("slug"))));
	}

	public Optional<Document> find(long id) {
		return documents.findById(id);
	}

	/** What an editor writes: the document's address, kind, texts, date, issuer and file link. */
	public record Draft(String slug, DocumentKind kind, LocalizedText title, LocalizedText summary, LocalizedText quote,
			java.time.LocalDate issuedOn, String issuer, String url) {
	}

	private static Document newDocument(Draft draft) {
		Document document = new Document(draft.slug(), draft.kind(), draft.title(), draft.issuedOn(), draft.issuer());
		document.describe(draft.summary(), draft.quote(), draft.url());
		return document;
	}

	@Transactional
	public Document create(Draft draft) {
		if (documents.findBySlug(draft.slug()).isPresent()) {
			throw new KeyTakenException("slug", draft.slug());
		}
		Document document = documents.saveAndFlush(newDocument(draft));
		audit.record(AuditAction.CREATE, "document:" + document.getId(), document.getSlug());
		return document;
	}

	@Transactional
	public Document update(long id, long basedOnVersion, Draft draft) {
		Document document = require(id);
		if (document.getVersion() != basedOnVersion) {
			throw new StaleEditException("Document " + id, basedOnVersion, document.getVersion());
		}
		return apply(document, draft, AuditAction.UPDATE, null);
	}

	/** Moves a document along the workflow; only the next steps of its status are allowed. */
	@Transactional
	public Document move(long id, long basedOnVersion, PublicationStatus target) {
		Document document = require(id);
		if (document.getVersion() != basedOnVersion) {
			throw new StaleEditException("Document " + id, basedOnVersion, document.getVersion());
		}
		PublicationStatus from = document.getStatus();
		if (!from.canMoveTo(target)) {
			throw new IllegalStateException("A document cannot go from " + from + " to " + target);
		}
		document.moveTo(target);
		documents.flush();
		audit.record(target == PublicationStatus.PUBLISHED ? AuditAction.PUBLISH : AuditAction.STATUS_CHANGE,
				"document:" + id, from + " → " + target);
		return document;
	}

	/** Related-content links that point at the document. */
	public List<Dependent> dependents(long id) {
		ItemRef ref = new ItemRef(ItemType.DOCUMENT, require(id).getSlug());
		return references.stream().flatMap(r -> r.referencesTo(ref).stream()).toList();
	}

	@Transactional
	public void delete(long id) {
		Document document = require(id);
		InUseException.refuseIfAny("Document " + document.getSlug(), dependents(id));
		documents.delete(document);
		references.forEach(r -> r.forget(new ItemRef(ItemType.DOCUMENT, document.getSlug())));
		documents.flush();
		audit.record(AuditAction.DELETE, "document:" + id, document.getSlug());
	}

	/** The document's revisions, oldest first. */
	public List<ContentRevision> history(long id) {
		return ContentHistory.of(entityManager, Document.class, id, DocumentEditor::snapshot, FIELDS);
	}

	/** Puts an earlier revision's slug and texts back; the status stays as it is. */
	@Transactional
	public Document restore(long id, long revision) {
		Document document = require(id);
		ContentRevision old = history(id).stream()
			.filter(r -> r.revision() == revision)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Document " + id + " has no revision " + revision));
		Draft draft = new Draft((String) old.field("slug"), (DocumentKind) old.field("kind"),
				(LocalizedText) old.field("title"), (LocalizedText) old.field("summary"), (LocalizedText) old.field("quote"),
				(java.time.LocalDate) old.field("issuedOn"), (String) old.field("issuer"), (String) old.field("url"));
		return apply(document, draft, AuditAction.RESTORE, "revision " + revision);
	}

	private Document apply(Document document, Draft draft, AuditAction action, String details) {
		long id = document.getId();
		documents.findBySlug(draft.slug()).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
			throw new KeyTakenException("slug", draft.slug());
		});
		Map<String, Object> before = snapshot(document);
		String oldSlug = document.getSlug();
		document.edit(draft.slug(), draft.kind(), draft.title(), draft.issuedOn(), draft.issuer());
		document.describe(draft.summary(), draft.quote(), draft.url());
		documents.flush();
		if (!oldSlug.equals(draft.slug())) {
			references.forEach(r -> r.rekey(new ItemRef(ItemType.DOCUMENT, oldSlug), draft.slug()));
		}
		Map<String, Object> after = snapshot(document);
		List<String> changed = FIELDS.stream().filter(f -> !java.util.Objects.equals(before.get(f), after.get(f))).toList();
		audit.record(action, "document:" + id, (details != null) ? details
				: changed.isEmpty() ? "no change" : String.join(", ", changed));
		return document;
	}

	static Map<String, Object> snapshot(Document document) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("slug", document.getSlug());
		fields.put("kind", document.getKind());
		fields.put("title", document.getTitle());
		fields.put("summary", document.getSummary());
		fields.put("quote", document.getQuote());
		fields.put("issuedOn", document.getIssuedOn());
		fields.put("issuer", document.getIssuer());
		fields.put("url", document.getUrl());
		fields.put("status", document.getStatus());
		return fields;
	}

	private Document require(long id) {
		return documents.findById(id).orElseThrow(() -> new ContentNotFoundException("document", id));
	}

}
