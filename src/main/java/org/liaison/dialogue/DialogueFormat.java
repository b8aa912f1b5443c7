package org.liaison.dialogue;

/** The shape a dialogue series takes. */
public enum DialogueFormat {
	DIALOGUE, SUMMIT, COUNCIL, TASK_FORCE, WORKING_GROUP
}
