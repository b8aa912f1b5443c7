package org.liaison.project;

/** Where a project stands in its life. */
public enum ProjectStatus {
	PLANNED, ONGOING, CLOSED
}
