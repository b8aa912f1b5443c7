package org.liaison.dialogue;

/** Who sits at the table. */
public enum DialogueLevel {
	MINISTERIAL, SENIOR_OFFICIALS, TECHNICAL
}
