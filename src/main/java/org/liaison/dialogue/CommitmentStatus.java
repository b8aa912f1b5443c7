package org.liaison.dialogue;

/** Where a commitment stands. */
public enum CommitmentStatus {

	OPEN, IN_PROGRESS, DONE, DROPPED;

	/** Open and in-progress commitments still have to be carried out. */
	public boolean isPending() {
		return this == OPEN || this == IN_PROGRESS;
	}

}
