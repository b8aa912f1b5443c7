package org.liaison.common;

import java.util.List;
import java.util.Map;

/** Where an item of content is on its way to the public: draft → in review → published → archived. */
public enum PublicationStatus {

	DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED;

	private static final Map<PublicationStatus, List<PublicationStatus>> NEXT = Map.of(
			DRAFT, List.of(IN_REVIEW),
			IN_REVIEW, List.of(PUBLISHED, DRAFT),
			PUBLISHED, List.of(ARCHIVED, DRAFT),
			ARCHIVED, List.of(DRAFT));

	/** The statuses an editor may move an item in this status to. */
	public List<PublicationStatus> next() {
		return NEXT.get(this);
	}

	public boolean canMoveTo(PublicationStatus target) {
		return next().contains(target);
	}

}
