package org.liaison.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hibernate.envers.RevisionType;

/**
 * One step of an audited item's history (Hibernate Envers): who, when, what kind of change, which
 * fields changed, and the fields as they were after it.
 */
public record ItemRevision(long revision, Instant at, String username, RevisionType type, List<String> changed,
		Map<String, Object> fields) {

	public Object field(String name) {
		return fields.get(name);
	}

}
