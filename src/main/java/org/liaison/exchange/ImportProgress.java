package org.liaison.exchange;

/** Follows an import as it runs: the command line's progress bar, a test's probe. */
public interface ImportProgress {

	ImportProgress NONE = new ImportProgress() {
	};

	/**
	 * The input is open.
	 * @param estimatedTotal records expected in the whole input, or -1 when unknown
	 * @param resumedAfter records an interrupted earlier run committed, which this one skips
	 */
	default void started(String input, long estimatedTotal, long resumedAfter) {
	}

	/** Records read so far (skipped ones included), and the current estimate of the total. */
	default void advanced(long position, long estimatedTotal) {
	}

	default void rejected(Rejection rejection) {
	}

	/** A batch was committed, with its checkpoint: everything up to {@code position} is stored. */
	default void committed(long position) {
	}

}
