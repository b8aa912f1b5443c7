package org.liaison.exchange;

import java.time.Duration;

/**
 * What an import did. Counts include what an earlier, interrupted run of the same input committed
 * before this run resumed after it.
 *
 * @param read records read (including rejected ones)
 * @param resumedAfter records that an interrupted earlier run had committed, skipped by this one
 */
public record ImportSummary(String input, long read, long created, long updated, long unchanged, long rejected,
		long resumedAfter, Duration elapsed) {

	public boolean hasRejections() {
		return rejected > 0;
	}

	@Override
	public String toString() {
		return "read " + read + ", created " + created + ", updated " + updated + ", unchanged " + unchanged
				+ ", rejected " + rejected;
	}

}
