package org.liaison.content;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.liaison.common.ItemReferences;
import org.liaison.common.ItemType;
import org.liaison.common.LocalizedText;
import org.liaison.content.internal.DocumentRepository;
import org.liaison.security.AuditLog;
import org.liaison.security.ItemRevision;
import org.liaison.common.PublicationStatus;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/** Official documents as the back office edits them (see {@link EditorialEditor}), latest first. */
@Service
public class DocumentEditor extends EditorialEditor<Document, DocumentEditor.Draft> {

	/** The fields a revision compares. */
	public static final List<String> FIELDS = List.of("slug", "kind", "title", "summary", "quote", "issuedOn", "issuer",
			"url", "schedule", "status");

	private final DocumentRepository documents;

	DocumentEditor(DocumentRepository documents, List<ItemReferences> references, AuditLog audit,
			EntityManager entityManager, org.liaison.admin.PublicationWorkflow workflow) {
		super(Document.class, ItemType.DOCUMENT, documents, references, audit, entityManager, workflow);
		this.documents = documents;
	}

	/** What an editor writes: the document's address, kind, texts, date, issuer and file link. */
	public record Draft(String slug, DocumentKind kind, LocalizedText title, LocalizedText summary, LocalizedText quote,
			LocalDate issuedOn, String issuer, String url) implements EditorialEditor.Draft {
	}

	@Override
	public List<String> fields() {
		return FIELDS;
	}

	@Override
	protected Map<String, Object> snapshot(Document document) {
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
		fields.put("schedule", document.getScheduledFor());
		return fields;
	}

	@Override
	protected Document newItem(Draft draft) {
		Document document = new Document(draft.slug(), draft.kind(), draft.title(), draft.issuedOn(), draft.issuer());
		document.describe(draft.summary(), draft.quote(), draft.url());
		return document;
	}

	@Override
	protected void edit(Document document, Draft draft) {
		document.edit(draft.slug(), draft.kind(), draft.title(), draft.issuedOn(), draft.issuer());
		document.describe(draft.summary(), draft.quote(), draft.url());
	}

	@Override
	protected Draft draftOf(ItemRevision old) {
		return new Draft((String) old.field("slug"), (DocumentKind) old.field("kind"),
				(LocalizedText) old.field("title"), (LocalizedText) old.field("summary"), (LocalizedText) old.field("quote"),
				(LocalDate) old.field("issuedOn"), (String) old.field("issuer"), (String) old.field("url"));
	}

	@Override
	protected Optional<Document> findBySlug(String slug) {
		return documents.findBySlug(slug);
	}

	@Override
	protected Page<Document> search(String pattern, PublicationStatus status, PageRequest request) {
		return documents.search(pattern, status, request);
	}

	@Override
	protected Sort listOrder() {
		return Sort.by(Sort.Order.desc("issuedOn"), Sort.Order.asc("slug"));
	}

}
