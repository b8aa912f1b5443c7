package org.liaison.content;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hibernate.envers.RevisionType;

/**
 * One step of a page's or a document's history: who, when, what kind of change, which fields
 * changed, and the fields as they were after it.
 */
public record ContentRevision(long revision, Instant at, String username, RevisionType type, List<String> changed,
		Map<String, Object> fields) {

	public Object field(String name) {
		return fields.get(name);
	}

}
