package org.liaison.taxonomy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.liaison.common.Dependent;
import org.liaison.common.ItemReferences;
import org.liaison.common.InUseException;
import org.liaison.common.ItemRef;
import org.liaison.common.ItemType;
import org.liaison.common.LocalizedText;
import org.liaison.common.RefusedEditException;
import org.liaison.common.StaleEditException;
import org.liaison.security.AuditAction;
import org.liaison.security.AuditLog;
import org.liaison.security.ItemRevision;
import org.liaison.security.RevisionHistory;
import org.liaison.taxonomy.internal.TermRepository;
import org.liaison.taxonomy.internal.VocabularyRepository;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vocabularies and their terms as the back office edits them: create, update with optimistic locking,
 * delete refused while anything is tagged with a term or a vocabulary still has terms. Every change is
 * audited.
 */
@Service
@Transactional(readOnly = true)
public class TaxonomyEditor {

	private final VocabularyRepository vocabularies;

	private final TermRepository terms;

	private final List<ItemReferences> references;

	private final AuditLog audit;

	private final EntityManager entityManager;

	TaxonomyEditor(VocabularyRepository vocabularies, TermRepository terms, List<ItemReferences> references,
			AuditLog audit, EntityManager entityManager) {
		this.vocabularies = vocabularies;
		this.terms = terms;
		this.references = references;
		this.audit = audit;
		this.entityManager = entityManager;
	}

	/** Every vocabulary in its order (they are few: goals, priorities, themes…). */
	public List<Vocabulary> vocabularies() {
		return vocabularies.findAll(Sort.by("position", "code"));
	}

	/** Term counts by vocabulary id, in one query. */
	public java.util.Map<Long, Long> termCounts() {
		java.util.Map<Long, Long> counts = new java.util.HashMap<>();
		terms.countByVocabulary().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
		return counts;
	}

	public Optional<Vocabulary> findVocabulary(long id) {
		return vocabularies.findById(id);
	}

	/** A vocabulary's terms in their order. */
	public List<Term> termsOf(Vocabulary vocabulary) {
		return terms.findByVocabulary(vocabulary.getCode());
	}

	/** Terms on one page of a vocabulary's page in the back office. */
	public static final int TERM_PAGE_SIZE = 50;

	/** A page (counted from 1) of a vocabulary's terms in their order. */
	public org.springframework.data.domain.Page<Term> termPage(Vocabulary vocabulary, int page) {
		return terms.findByVocabularyId(vocabulary.getId(), org.springframework.data.domain.PageRequest.of(page - 1,
				TERM_PAGE_SIZE, Sort.by("position", "id")));
	}

	public Optional<Term> findTerm(long id) {
		return terms.findById(id);
	}

	/** What the back office writes about a vocabulary. */
	public record VocabularyDraft(String code, LocalizedText name, int position) {
	}

	@Transactional
	public Vocabulary createVocabulary(VocabularyDraft draft) {
		refuseTakenCode(draft.code(), null);
		Vocabulary vocabulary = vocabularies.save(new Vocabulary(draft.code(), requireName(draft.name()), draft.position()));
		vocabularies.flush();
		audit.record(AuditAction.CREATE, "vocabulary:" + draft.code(), null);
		return vocabulary;
	}

	/** @throws RefusedEditException when the key would change while terms use it in their addresses */
	@Transactional
	public Vocabulary updateVocabulary(long id, long basedOnVersion, VocabularyDraft draft) {
		Vocabulary vocabulary = requireVocabulary(id);
		StaleEditException.refuseIfStale("Vocabulary " + id, basedOnVersion, vocabulary.getVersion());
		return changeVocabulary(vocabulary, draft, AuditAction.UPDATE, null);
	}

	/** The fields a vocabulary's revision compares, in the order the history shows them. */
	public static final List<String> VOCABULARY_FIELDS = List.of("code", "name", "position");

	/** The vocabulary's revisions, oldest first (its terms have their own). */
	public List<ItemRevision> vocabularyHistory(long id) {
		requireVocabulary(id);
		return RevisionHistory.of(entityManager, Vocabulary.class, id, TaxonomyEditor::snapshot, VOCABULARY_FIELDS);
	}

	/**
	 * Puts an earlier revision of the vocabulary back (its key only while it has no terms).
	 * @throws IllegalArgumentException when the vocabulary has no such revision
	 */
	@Transactional
	public Vocabulary restoreVocabulary(long id, long revision) {
		Vocabulary vocabulary = requireVocabulary(id);
		ItemRevision old = vocabularyHistory(id).stream()
			.filter(r -> r.revision() == revision && r.type() != org.hibernate.envers.RevisionType.DEL)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Vocabulary " + id + " has no revision " + revision));
		return changeVocabulary(vocabulary, new VocabularyDraft((String) old.field("code"), (LocalizedText) old.field("name"),
				(Integer) old.field("position")), AuditAction.RESTORE, "revision " + revision);
	}

	static Map<String, Object> snapshot(Vocabulary vocabulary) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("code", vocabulary.getCode());
		fields.put("name", vocabulary.getName());
		fields.put("position", vocabulary.getPosition());
		return fields;
	}

	private Vocabulary changeVocabulary(Vocabulary vocabulary, VocabularyDraft draft, AuditAction action, String note) {
		long id = vocabulary.getId();
		refuseTakenCode(draft.code(), id);
		String before = vocabulary.getCode();
		if (!before.equals(draft.code()) && terms.countByVocabularyId(id) > 0) {
			throw new RefusedEditException("code", "admin.vocabularies.keyFixed",
					"The key of vocabulary " + before + " is fixed while it has terms");
		}
		vocabulary.edit(draft.code(), requireName(draft.name()), draft.position());
		vocabularies.flush();
		String keyChange = before.equals(draft.code()) ? null : "key " + before + " → " + draft.code();
		audit.record(action, "vocabulary:" + draft.code(),
				(note == null) ? keyChange : (keyChange == null) ? note : note + "; " + keyChange);
		return vocabulary;
	}
	/** The terms that keep a vocabulary from being deleted. */
	public List<Dependent> dependentsOf(Vocabulary vocabulary) {
		List<Term> held = termsOf(vocabulary);
		return held.isEmpty() ? List.of()
				: List.of(new Dependent("admin.kind.terms", held.size(),
						held.stream().limit(3).map(t -> t.getName().textFor("en")).toList()));
	}

	@Transactional
	public void deleteVocabulary(long id) {
		Vocabulary vocabulary = requireVocabulary(id);
		InUseException.refuseIfAny("Vocabulary " + vocabulary.getCode(), dependentsOf(vocabulary));
		vocabularies.delete(vocabulary);
		vocabularies.flush();
		audit.record(AuditAction.DELETE, "vocabulary:" + vocabulary.getCode(), null);
	}

	/** What the back office writes about a term. */
	public record TermDraft(String slug, LocalizedText name, LocalizedText description, int position) {
	}

	@Transactional
	public Term createTerm(long vocabularyId, TermDraft draft) {
		Vocabulary vocabulary = requireVocabulary(vocabularyId);
		refuseTakenSlug(vocabulary, draft.slug(), null);
		Term term = terms.save(new Term(vocabulary, draft.slug(), requireName(draft.name()), draft.description(),
				draft.position()));
		terms.flush();
		audit.record(AuditAction.CREATE, "term:" + vocabulary.getCode() + "/" + draft.slug(), null);
		return term;
	}

	@Transactional
	public Term updateTerm(long id, long basedOnVersion, TermDraft draft) {
		Term term = requireTerm(id);
		StaleEditException.refuseIfStale("Term " + id, basedOnVersion, term.getVersion());
		return changeTerm(term, draft, AuditAction.UPDATE, null);
	}

	/** The fields a term's revision compares, in the order the history shows them. */
	public static final List<String> TERM_FIELDS = List.of("slug", "name", "description", "position");

	/** The term's revisions, oldest first. */
	public List<ItemRevision> termHistory(long id) {
		requireTerm(id);
		return RevisionHistory.of(entityManager, Term.class, id, TaxonomyEditor::snapshot, TERM_FIELDS);
	}

	/**
	 * Puts an earlier revision of the term back (its slug only while nothing names the term by it).
	 * @throws IllegalArgumentException when the term has no such revision
	 */
	@Transactional
	public Term restoreTerm(long id, long revision) {
		Term term = requireTerm(id);
		ItemRevision old = termHistory(id).stream()
			.filter(r -> r.revision() == revision && r.type() != org.hibernate.envers.RevisionType.DEL)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Term " + id + " has no revision " + revision));
		TermDraft draft = new TermDraft((String) old.field("slug"), (LocalizedText) old.field("name"),
				(LocalizedText) old.field("description"), (Integer) old.field("position"));
		return changeTerm(term, draft, AuditAction.RESTORE, "revision " + revision);
	}

	static Map<String, Object> snapshot(Term term) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("slug", term.getSlug());
		fields.put("name", term.getName());
		fields.put("description", term.getDescription());
		fields.put("position", term.getPosition());
		return fields;
	}

	private Term changeTerm(Term term, TermDraft draft, AuditAction action, String note) {
		long id = term.getId();
		refuseTakenSlug(term.getVocabulary(), draft.slug(), id);
		String before = term.getSlug();
		if (!before.equals(draft.slug())) {
			// projects, news and links name a term by its slug in their filters and links
			InUseException.refuseIfAny("Term " + before, dependentsOf(term));
		}
		term.edit(draft.slug(), requireName(draft.name()), draft.description(), draft.position());
		terms.flush();
		if (!before.equals(draft.slug())) {
			String vocabulary = term.getVocabulary().getCode();
			references.forEach(r -> r.rekey(new ItemRef(ItemType.TERM, vocabulary + "/" + before), vocabulary + "/" + draft.slug()));
		}
		String slugChange = before.equals(draft.slug()) ? null : "slug " + before + " → " + draft.slug();
		audit.record(action, "term:" + term.getVocabulary().getCode() + "/" + draft.slug(),
				(note == null) ? slugChange : (slugChange == null) ? note : note + "; " + slugChange);
		return term;
	}
	/** What is tagged with the term or links to it: projects, news, meetings, related links. */
	public List<Dependent> dependentsOf(Term term) {
		return ItemReferences.collect(references,
				new ItemRef(ItemType.TERM, term.getVocabulary().getCode() + "/" + term.getSlug()));
	}

	@Transactional
	public void deleteTerm(long id) {
		Term term = requireTerm(id);
		String key = term.getVocabulary().getCode() + "/" + term.getSlug();
		InUseException.refuseIfAny("Term " + key, dependentsOf(term));
		terms.delete(term);
		references.forEach(r -> r.forget(new ItemRef(ItemType.TERM, key)));
		terms.flush();
		audit.record(AuditAction.DELETE, "term:" + key, null);
	}

	private static LocalizedText requireName(LocalizedText name) {
		if (name == null || name.isEmpty()) {
			throw new RefusedEditException("name", "admin.validation.nameRequired", "A name is needed");
		}
		return name;
	}

	private void refuseTakenCode(String code, Long self) {
		vocabularies.findByCode(code).filter(other -> !other.getId().equals(self)).ifPresent(other -> {
			throw new RefusedEditException("code", "admin.validation.slugTaken", "Vocabulary key " + code + " is taken");
		});
	}

	private void refuseTakenSlug(Vocabulary vocabulary, String slug, Long self) {
		terms.findByVocabularyAndSlug(vocabulary.getCode(), slug).filter(other -> !other.getId().equals(self))
			.ifPresent(other -> {
				throw new RefusedEditException("slug", "admin.validation.slugTaken",
						"Vocabulary " + vocabulary.getCode() + " has a term " + slug + " already");
			});
	}

	private Vocabulary requireVocabulary(long id) {
		return vocabularies.findById(id).orElseThrow(() -> new NotFoundException("vocabulary", id));
	}

	private Term requireTerm(long id) {
		return terms.findById(id).orElseThrow(() -> new NotFoundException("term", id));
	}

	/** There is no vocabulary or term with that id. */
	public static class NotFoundException extends RuntimeException {

		public NotFoundException(String kind, long id) {
			super("No " + kind + " " + id);
		}

	}

}
