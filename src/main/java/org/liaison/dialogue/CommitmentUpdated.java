package org.liaison.dialogue;

/** A commitment's status was updated (or commented on). */
public record CommitmentUpdated(Long commitmentId, CommitmentStatus from, CommitmentStatus to, String author) {
}
