package org.liaison.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.liaison.common.PublicationStatus;
import org.liaison.common.Schedulable;
import org.liaison.common.SchedulableType;
import org.liaison.security.AuditAction;
import org.liaison.security.AuditLog;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes news, pages, documents and the profiles of partners and projects public at the time an editor
 * scheduled (every {@link SchedulableType} the modules declare). Every run claims the due rows with
 * {@code SELECT … FOR UPDATE SKIP LOCKED} and publishes them through the entities in the same
 * transaction: a second node skips the rows the first holds and, once it commits, no longer finds them
 * due (their schedule is cleared); a run that fails rolls back and the next run tries again; a run
 * missed while the application was down catches up at the next start. Publishing through the entities
 * writes an Envers revision and lets Hibernate Search index the item on commit.
 */
@Component
public class ScheduledPublisher {

	/** The scheduler's name in the audit log. */
	public static final String ACTOR = "scheduler";

	static final int BATCH = 100;

	private static final Logger log = LoggerFactory.getLogger(ScheduledPublisher.class);

	private final EntityManager entityManager;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final List<SchedulableType> kinds;

	ScheduledPublisher(EntityManager entityManager, AuditLog audit, PlatformTransactionManager transactionManager,
			Optional<Clock> clock, List<SchedulableType> kinds) {
		this.kinds = List.copyOf(kinds);
		this.entityManager = entityManager;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Scheduled(initialDelayString = "${liaison.publishing.initial-delay:PT30S}",
			fixedDelayString = "${liaison.publishing.check-interval:PT1M}")
	public void run() {
		try {
			publishDue();
		}
		catch (RuntimeException ex) {
			log.warn("Scheduled publishing failed; the next run tries again: {}", ex.toString());
		}
	}

	/** Publishes every item whose time has come; returns how many this call published. */
	public int publishDue() {
		int total = 0;
		for (SchedulableType kind : kinds) {
			while (true) {
				Integer published = transactions.execute(status -> publishBatch(kind, clock.instant()));
				total += published;
				if (published < BATCH) {
					break;
				}
			}
		}
		return total;
	}

	private int publishBatch(SchedulableType kind, Instant now) {
		@SuppressWarnings("unchecked")
		List<Number> ids = entityManager.createNativeQuery("select id from " + kind.table() + " where " + kind.statusColumn() + """
				 = 'IN_REVIEW' and publish_at <= :now
				order by publish_at, id
				limit :batch
				for update skip locked
				""").setParameter("now", now).setParameter("batch", BATCH).getResultList();
		for (Number id : ids) {
			Schedulable item = entityManager.find(kind.entity(), id.longValue());
			String scheduled = String.valueOf(item.getScheduledFor());
			item.publishAsScheduled();
			audit.record(ACTOR, AuditAction.PUBLISH, kind.name() + ":" + id, PublicationStatus.IN_REVIEW + " → "
					+ PublicationStatus.PUBLISHED + ", as scheduled for " + scheduled);
			log.info("Published {} {} ({}) as scheduled for {}", kind.name(), id, item.getSlug(), scheduled);
		}
		entityManager.flush();
		return ids.size();
	}

}
