package org.liaison.content;

/** Where an item of content is on its way to the public: draft → in review → published → archived. */
public enum PublicationStatus {
	DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED
}
