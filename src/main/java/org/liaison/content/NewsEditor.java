package org.liaison.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import org.liaison.admin.PublicationWorkflow;
import org.liaison.common.ItemType;
import org.liaison.common.StaleEditException;
import org.liaison.common.LocalizedText;
import org.liaison.content.internal.NewsItemRepository;
import org.liaison.security.AuditAction;
import org.liaison.security.AuditLog;
import org.liaison.security.Revision;
import org.liaison.common.PublicationStatus;
import org.liaison.common.Schedules;
import org.liaison.common.ScheduleException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * News as the back office edits it: every status, optimistic locking, workflow, history and restore.
 * Every change is audited; every change is a revision.
 */
@Service
@Transactional(readOnly = true)
public class NewsEditor {

	/** Items on one page of the back office's list. */
	public static final int PAGE_SIZE = 20;

	/** The fields a revision compares. */
	public static final List<String> FIELDS = List.of("slug", "title", "teaser", "body", "publishedOn", "status");

	private final NewsItemRepository news;

	private final AuditLog audit;

	private final EntityManager entityManager;

	private final PublicationWorkflow workflow;

	private final RelatedContentService related;

	NewsEditor(NewsItemRepository news, AuditLog audit, EntityManager entityManager, PublicationWorkflow workflow,
			RelatedContentService related) {
		this.related = related;
		this.news = news;
		this.audit = audit;
		this.entityManager = entityManager;
		this.workflow = workflow;
	}

	/** How the list can be sorted. */
	public enum SortOrder {

		LATEST(Sort.by(Sort.Order.desc("publishedOn"), Sort.Order.desc("id"))),
		OLDEST(Sort.by(Sort.Order.asc("publishedOn"), Sort.Order.asc("id"))),
		SLUG(Sort.by("slug")),
		STATUS(Sort.by(Sort.Order.asc("status"), Sort.Order.desc("publishedOn")));

		private final Sort sort;

		SortOrder(Sort sort) {
			this.sort = sort;
		}

		public static SortOrder parse(String value) {
			for (SortOrder order : values()) {
				if (order.name().equalsIgnoreCase(value)) {
					return order;
				}
			}
			return LATEST;
		}

	}

	/** A page (counted from 1) of news in any status. */
	public Page<NewsItem> search(String text, PublicationStatus status, SortOrder order, int page) {
		String pattern = (text == null || text.isBlank()) ? null
				: "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
						+ "%";
		return news.search(pattern, status, PageRequest.of(page - 1, PAGE_SIZE, order.sort));
	}

	public Optional<NewsItem> find(long id) {
		return news.findById(id);
	}

	/** The item with this slug, in any status. */
	public Optional<NewsItem> findBySlug(String slug) {
		return news.findBySlug(slug);
	}

	/** What an editor writes; the item's address, texts and date. */
	public record Draft(String slug, LocalizedText title, LocalizedText teaser, LocalizedText body,
			LocalDate publishedOn) {
	}

	/** Creates a draft. */
	@Transactional
	public NewsItem create(Draft draft) {
		if (news.findBySlug(draft.slug()).isPresent()) {
			throw new SlugTakenException(draft.slug());
		}
		NewsItem item = news.save(new NewsItem(draft.slug(), draft.title(), draft.teaser(), draft.body(),
				draft.publishedOn()));
		audit.record(AuditAction.CREATE, "news:" + item.getId(), draft.slug());
		return item;
	}

	/**
	 * Saves an edit made on {@code basedOnVersion} of the item.
	 * @throws EditConflictException when someone else saved the item since that version
	 */
	@Transactional
	public NewsItem update(long id, long basedOnVersion, Draft draft) {
		NewsItem item = require(id);
		if (item.getVersion() != basedOnVersion) {
			throw new EditConflictException(id, basedOnVersion, item.getVersion());
		}
		news.findBySlug(draft.slug()).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
			throw new SlugTakenException(draft.slug());
		});
		List<String> changed = changedFields(snapshot(item), new Snapshot(draft.slug(), draft.title(), draft.teaser(),
				draft.body(), draft.publishedOn(), item.getStatus()));
		item.edit(draft.slug(), draft.title(), draft.teaser(), draft.body(), draft.publishedOn());
		news.flush();
		audit.record(AuditAction.UPDATE, "news:" + id, changed.isEmpty() ? "no change" : String.join(", ", changed));
		return item;
	}

	/** Moves an item along the workflow; only the next steps of its status are allowed. */
	@Transactional
	public NewsItem move(long id, long basedOnVersion, PublicationStatus target) {
		NewsItem item = require(id);
		step(item, basedOnVersion, () -> workflow.move(ItemType.NEWS, item, basedOnVersion, target));
		return item;
	}

	/**
	 * Schedules the item's publication at a local date and time in a zone; the scheduler publishes it
	 * once that instant has passed.
	 * @throws ScheduleException when the time is not in the future or does not exist in that zone
	 * @throws IllegalStateException when the item is not in review
	 */
	@Transactional
	public NewsItem schedule(long id, long basedOnVersion, LocalDateTime at, ZoneId zone) {
		NewsItem item = require(id);
		step(item, basedOnVersion, () -> workflow.schedule(ItemType.NEWS, item, basedOnVersion, at, zone));
		return item;
	}

	/** Cancels a scheduled publication; the item stays in review. */
	@Transactional
	public NewsItem unschedule(long id, long basedOnVersion) {
		NewsItem item = require(id);
		step(item, basedOnVersion, () -> workflow.unschedule(ItemType.NEWS, item, basedOnVersion));
		return item;
	}

	/** A workflow step on the item, answered as the news back office expects a stale edit: an {@link EditConflictException}. */
	private void step(NewsItem item, long basedOnVersion, Runnable step) {
		try {
			step.run();
		}
		catch (StaleEditException ex) {
			throw new EditConflictException(item.getId(), basedOnVersion, item.getVersion());
		}
		news.flush();
	}

	/**
	 * Gives the item an image with its alt text, or, with {@code image} null, a new alt text for the
	 * image it has.
	 */
	@Transactional
	public NewsItem illustrate(long id, long basedOnVersion, org.liaison.media.StoredImage image, LocalizedText alt) {
		NewsItem item = require(id);
		if (item.getVersion() != basedOnVersion) {
			throw new EditConflictException(id, basedOnVersion, item.getVersion());
		}
		if (image == null) {
			item.describeImage(alt);
			news.flush();
			audit.record(AuditAction.UPDATE, "news:" + id, "image alt text");
		}
		else {
			item.illustrate(image, alt);
			news.flush();
			audit.record(AuditAction.UPDATE, "news:" + id, "image " + image.file() + " (" + image.mediaType() + ", "
					+ image.width() + "×" + image.height() + ")");
		}
		return item;
	}

	@Transactional
	public NewsItem removeImage(long id, long basedOnVersion) {
		NewsItem item = require(id);
		if (item.getVersion() != basedOnVersion) {
			throw new EditConflictException(id, basedOnVersion, item.getVersion());
		}
		item.removeImage();
		news.flush();
		audit.record(AuditAction.UPDATE, "news:" + id, "image removed");
		return item;
	}

	/** The item's related content, in the editor's order. */
	public List<org.liaison.common.ItemRef> relatedTo(long id) {
		return related.targetsOf(ref(require(id)), LinkKind.RELATED);
	}

	/** Sets the item's related content, in this order. */
	@Transactional
	public void relate(long id, List<org.liaison.common.ItemRef> targets) {
		NewsItem item = require(id);
		related.replaceLinks(ref(item), LinkKind.RELATED, targets);
		audit.record(AuditAction.UPDATE, "news:" + id, "related content: "
				+ (targets.isEmpty() ? "none" : targets.stream().map(Object::toString).distinct().collect(
						java.util.stream.Collectors.joining(", "))));
	}

	private static org.liaison.common.ItemRef ref(NewsItem item) {
		return new org.liaison.common.ItemRef(org.liaison.common.ItemType.NEWS, item.getSlug());
	}

	@Transactional
	public void delete(long id) {
		NewsItem item = require(id);
		news.delete(item);
		audit.record(AuditAction.DELETE, "news:" + id, item.getSlug());
	}

	/** One step of an item's history: who, when, what kind of change, which fields changed. */
	public record HistoryEntry(long revision, Instant at, String username, RevisionType type, List<String> changed,
			Snapshot snapshot) {
	}

	/** An item's fields as one revision has them. */
	public record Snapshot(String slug, LocalizedText title, LocalizedText teaser, LocalizedText body,
			LocalDate publishedOn, PublicationStatus status) {

		public Object field(String name) {
			return switch (name) {
				case "slug" -> slug;
				case "title" -> title;
				case "teaser" -> teaser;
				case "body" -> body;
				case "publishedOn" -> publishedOn;
				case "status" -> status;
				default -> throw new IllegalArgumentException(name);
			};
		}

	}

	/** The item's revisions, oldest first. */
	public List<HistoryEntry> history(long id) {
		AuditReader reader = AuditReaderFactory.get(entityManager);
		@SuppressWarnings("unchecked")
		List<Object[]> rows = reader.createQuery()
			.forRevisionsOfEntity(NewsItem.class, false, true)
			.add(AuditEntity.id().eq(id))
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
		List<HistoryEntry> entries = new ArrayList<>();
		Snapshot previous = null;
		for (Object[] row : rows) {
			NewsItem state = (NewsItem) row[0];
			Revision revision = (Revision) row[1];
			RevisionType type = (RevisionType) row[2];
			Snapshot snapshot = (type == RevisionType.DEL && state.getTitle() == null) ? previous : snapshot(state);
			List<String> changed = (previous == null) ? FIELDS : changedFields(previous, snapshot);
			entries.add(new HistoryEntry(revision.getId(), revision.getAt(), revision.getUsername(), type, changed,
					snapshot));
			previous = snapshot;
		}
		return entries;
	}

	/** Puts an earlier revision's texts, slug and date back; the status stays as it is. */
	@Transactional
	public NewsItem restore(long id, long revision) {
		NewsItem item = require(id);
		HistoryEntry entry = history(id).stream()
			.filter(e -> e.revision() == revision)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("News item " + id + " has no revision " + revision));
		Snapshot old = entry.snapshot();
		news.findBySlug(old.slug()).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
			throw new SlugTakenException(old.slug());
		});
		item.edit(old.slug(), old.title(), old.teaser(), old.body(), old.publishedOn());
		news.flush();
		audit.record(AuditAction.RESTORE, "news:" + id, "revision " + revision);
		return item;
	}

	static Snapshot snapshot(NewsItem item) {
		return new Snapshot(item.getSlug(), item.getTitle(), item.getTeaser(), item.getBody(), item.getPublishedOn(),
				item.getStatus());
	}

	static List<String> changedFields(Snapshot before, Snapshot after) {
		return FIELDS.stream().filter(f -> !Objects.equals(before.field(f), after.field(f))).toList();
	}

	private NewsItem require(long id) {
		return news.findById(id).orElseThrow(() -> new NotFoundException(id));
	}

	/** There is no news item with that id. */
	public static class NotFoundException extends RuntimeException {

		public NotFoundException(long id) {
			super("No news item " + id);
		}

	}

	/** Another item has that slug already. */
	public static class SlugTakenException extends RuntimeException {

		public SlugTakenException(String slug) {
			super("A news item with slug '" + slug + "' exists already");
		}

	}

	/** The item was saved by someone else since the version an edit is based on. */
	public static class EditConflictException extends RuntimeException {

		private final long id;

		public EditConflictException(long id, long basedOn, long current) {
			super("News item " + id + " is at version " + current + ", the edit was based on " + basedOn);
			this.id = id;
		}

		public long id() {
			return id;
		}

	}

}
