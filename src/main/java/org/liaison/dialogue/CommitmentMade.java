package org.liaison.dialogue;

import java.time.LocalDate;

/** A commitment was recorded at a meeting. */
public record CommitmentMade(Long commitmentId, String seriesSlug, int meetingNumber, LocalDate dueOn) {
}
