package org.liaison.dialogue;

/**
 * How many commitments with a partner are pending: internal figures, for signed-in staff only.
 *
 * @param open pending (open or in progress), overdue ones included
 * @param overdue pending past their due date
 */
public record CommitmentCounts(long open, long overdue) {
}
