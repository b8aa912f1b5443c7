package org.liaison.content;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.liaison.common.Dependent;
import org.liaison.common.InUseException;
import org.liaison.common.ItemRef;
import org.liaison.common.ItemReferences;
import org.liaison.common.ItemType;
import org.liaison.common.KeyTakenException;
import org.liaison.common.StaleEditException;
import org.liaison.admin.PublicationWorkflow;
import org.liaison.security.RevisionHistory;
import org.liaison.security.AuditAction;
import org.liaison.security.AuditLog;
import org.liaison.security.ItemRevision;
import org.liaison.common.PublicationStatus;
import org.liaison.common.ScheduleException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.annotation.Transactional;

/**
 * An editorial item type (pages, official documents) as the back office edits it: every status,
 * optimistic locking, the workflow (draft → in review → published → archived), history and restore,
 * delete refused while links point at the item, references rekeyed when its slug changes. Every change
 * is audited; every change is a revision. A subclass says how its type is stored and what its draft
 * holds.
 *
 * @param <T> the item type
 * @param <D> what an editor writes for it
 */
@Transactional(readOnly = true)
public abstract class EditorialEditor<T extends EditorialItem, D extends EditorialEditor.Draft> {

	/** Items on one page of the back office's list. */
	public static final int PAGE_SIZE = 25;

	/** What every draft has: the item's address. */
	public interface Draft {

		String slug();

	}

	private final Class<T> type;

	private final ItemType itemType;

	private final JpaRepository<T, Long> repository;

	private final List<ItemReferences> references;

	private final AuditLog audit;

	private final EntityManager entityManager;

	private final PublicationWorkflow workflow;

	protected EditorialEditor(Class<T> type, ItemType itemType, JpaRepository<T, Long> repository,
			List<ItemReferences> references, AuditLog audit, EntityManager entityManager, PublicationWorkflow workflow) {
		this.type = type;
		this.itemType = itemType;
		this.repository = repository;
		this.references = references;
		this.audit = audit;
		this.entityManager = entityManager;
		this.workflow = workflow;
	}

	/** The fields a revision compares, in the order the history shows them. */
	public abstract List<String> fields();

	/** The item's fields by name, as a revision records them. */
	protected abstract Map<String, Object> snapshot(T item);

	protected abstract T newItem(D draft);

	/** Writes the draft into the item. */
	protected abstract void edit(T item, D draft);

	/** The draft an earlier revision's fields make. */
	protected abstract D draftOf(ItemRevision revision);

	protected abstract Optional<T> findBySlug(String slug);

	/** A page of items in the status (any when null) whose slug or title matches the LIKE pattern (any when null). */
	protected abstract Page<T> search(String pattern, PublicationStatus status, PageRequest request);

	/** The back office list's order. */
	protected abstract Sort listOrder();

	/** A page (counted from 1) of items in any status whose slug or title contains the text. */
	public Page<T> search(String text, PublicationStatus status, int page) {
		return search(likePattern(text), status, PageRequest.of(page - 1, PAGE_SIZE, listOrder()));
	}

	public Optional<T> find(long id) {
		return repository.findById(id);
	}

	@Transactional
	public T create(D draft) {
		if (findBySlug(draft.slug()).isPresent()) {
			throw new KeyTakenException("slug", draft.slug());
		}
		T item = repository.saveAndFlush(newItem(draft));
		audit.record(AuditAction.CREATE, target(item.getId()), item.getSlug());
		return item;
	}

	@Transactional
	public T update(long id, long basedOnVersion, D draft) {
		T item = require(id);
		if (item.getVersion() != basedOnVersion) {
			throw new StaleEditException(label() + " " + id, basedOnVersion, item.getVersion());
		}
		return apply(item, draft, AuditAction.UPDATE, null);
	}

	/** Moves an item along the workflow; only the next steps of its status are allowed. */
	@Transactional
	public T move(long id, long basedOnVersion, PublicationStatus target) {
		T item = require(id);
		workflow.move(itemType, item, basedOnVersion, target);
		repository.flush();
		return item;
	}

	/**
	 * Schedules the item's publication at a local date and time in a zone; the scheduler publishes it
	 * once that instant has passed.
	 * @throws ScheduleException when the time is not in the future or does not exist in that zone
	 * @throws IllegalStateException when the item is not in review
	 */
	@Transactional
	public T schedule(long id, long basedOnVersion, LocalDateTime at, ZoneId zone) {
		T item = require(id);
		workflow.schedule(itemType, item, basedOnVersion, at, zone);
		repository.flush();
		return item;
	}

	/** Cancels a scheduled publication; the item stays in review. */
	@Transactional
	public T unschedule(long id, long basedOnVersion) {
		T item = require(id);
		workflow.unschedule(itemType, item, basedOnVersion);
		repository.flush();
		return item;
	}

	/** Related-content links (and other references) that point at the item. */
	public List<Dependent> dependents(long id) {
		return ItemReferences.collect(references, new ItemRef(itemType, require(id).getSlug()));
	}

	@Transactional
	public void delete(long id) {
		T item = require(id);
		InUseException.refuseIfAny(label() + " " + item.getSlug(), dependents(id));
		repository.delete(item);
		references.forEach(r -> r.forget(new ItemRef(itemType, item.getSlug())));
		repository.flush();
		audit.record(AuditAction.DELETE, target(id), item.getSlug());
	}

	/** The item's revisions, oldest first. */
	public List<ItemRevision> history(long id) {
		return RevisionHistory.of(entityManager, type, id, this::snapshot, fields());
	}

	/** Puts an earlier revision's slug and texts back; the status stays as it is. */
	@Transactional
	public T restore(long id, long revision) {
		T item = require(id);
		ItemRevision old = history(id).stream()
			.filter(r -> r.revision() == revision)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(label() + " " + id + " has no revision " + revision));
		return apply(item, draftOf(old), AuditAction.RESTORE, "revision " + revision);
	}

	private T apply(T item, D draft, AuditAction action, String details) {
		long id = item.getId();
		findBySlug(draft.slug()).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
			throw new KeyTakenException("slug", draft.slug());
		});
		Map<String, Object> before = snapshot(item);
		String oldSlug = item.getSlug();
		edit(item, draft);
		repository.flush();
		if (!oldSlug.equals(draft.slug())) {
			references.forEach(r -> r.rekey(new ItemRef(itemType, oldSlug), draft.slug()));
		}
		Map<String, Object> after = snapshot(item);
		List<String> changed = fields().stream().filter(f -> !Objects.equals(before.get(f), after.get(f))).toList();
		audit.record(action, target(id), (details != null) ? details
				: changed.isEmpty() ? "no change" : String.join(", ", changed));
		return item;
	}

	static String likePattern(String text) {
		return (text == null || text.isBlank()) ? null
				: "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
						+ "%";
	}

	/** The item's type in lower case, as messages and 404s name it: {@code page}. */
	public String name() {
		return itemType.code();
	}

	private String label() {
		return Character.toUpperCase(name().charAt(0)) + name().substring(1);
	}

	private String target(long id) {
		return name() + ":" + id;
	}

	/**
	 * The item, if it is still at the version an edit started from.
	 * @throws StaleEditException when someone saved it since
	 */
	protected T requireVersion(long id, long basedOnVersion) {
		T item = require(id);
		if (item.getVersion() != basedOnVersion) {
			throw new StaleEditException(label() + " " + id, basedOnVersion, item.getVersion());
		}
		return item;
	}

	private T require(long id) {
		return repository.findById(id).orElseThrow(() -> new ContentNotFoundException(name(), id));
	}

}
