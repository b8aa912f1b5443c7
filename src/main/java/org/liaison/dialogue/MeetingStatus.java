package org.liaison.dialogue;

/** Where a meeting stands. */
public enum MeetingStatus {
	PLANNED, HELD, POSTPONED, CANCELLED
}
