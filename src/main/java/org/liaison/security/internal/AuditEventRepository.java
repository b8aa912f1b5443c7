package org.liaison.security.internal;

import org.liaison.security.AuditAction;
import org.liaison.security.AuditEvent;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Append-only: events are saved and read, never changed. */
public interface AuditEventRepository extends Repository<AuditEvent, Long> {

	AuditEvent save(AuditEvent event);

	@Query("""
			select e from AuditEvent e
			where (:actor is null or e.actor = :actor)
			  and (:action is null or e.action = :action)
			  and (:target is null or lower(e.target) like lower(concat('%', cast(:target as String), '%')))
			order by e.occurredAt desc, e.id desc
			""")
	Page<AuditEvent> search(String actor, AuditAction action, String target, Pageable pageable);

}
