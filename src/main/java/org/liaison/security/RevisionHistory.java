package org.liaison.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;


/** An audited item's Envers revisions, oldest first, each compared with the one before. */
public final class RevisionHistory {

	private RevisionHistory() {
	}

	public static <T> List<ItemRevision> of(EntityManager entityManager, Class<T> type, long id,
			Function<T, Map<String, Object>> snapshot, List<String> fields) {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = AuditReaderFactory.get(entityManager)
			.createQuery()
			.forRevisionsOfEntity(type, false, true)
			.add(AuditEntity.id().eq(id))
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
		List<ItemRevision> entries = new ArrayList<>();
		Map<String, Object> previous = null;
		for (Object[] row : rows) {
			@SuppressWarnings("unchecked")
			T state = (T) row[0];
			Revision revision = (Revision) row[1];
			RevisionType kind = (RevisionType) row[2];
			Map<String, Object> fieldsNow = (kind == RevisionType.DEL && previous != null) ? previous : snapshot.apply(state);
			Map<String, Object> before = previous;
			List<String> changed = (before == null) ? fields
					: fields.stream().filter(f -> !Objects.equals(before.get(f), fieldsNow.get(f))).toList();
			entries.add(new ItemRevision(revision.getId(), revision.getAt(), revision.getUsername(), kind, changed,
					fieldsNow));
			previous = fieldsNow;
		}
		return entries;
	}

}
