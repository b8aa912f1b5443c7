package org.liaison.exchange;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One import the server runs in the background, started from the back office or handed over by the
 * {@code import} command: its state as it runs, followed by the progress page and by the command.
 * It is its own {@link ImportProgress}, so the import updates it as it goes.
 */
public final class ImportJob implements ImportProgress {

	/** The rejections a job keeps to show; the count goes on beyond them. */
	public static final int KEPT_REJECTIONS = 500;

	public enum State {
		QUEUED, RUNNING, DONE, FAILED
	}

	private final String id;

	private final String kind;

	private final String input;

	private final String actor;

	private final Instant submittedAt = Instant.now();

	private volatile State state = State.QUEUED;

	private volatile Instant startedAt;

	private volatile Instant finishedAt;

	private volatile long total = -1;

	private volatile long position;

	private volatile long committed;

	private volatile long resumedAfter;

	private volatile long rejectedCount;

	private final List<Rejection> rejections = new ArrayList<>();

	private volatile ImportSummary summary;

	private volatile String failure;

	public ImportJob(String id, String kind, String input, String actor) {
		this.id = id;
		this.kind = kind;
		this.input = input;
		this.actor = actor;
	}

	// ImportProgress: the import reports here as it runs

	@Override
	public void started(String name, long estimatedTotal, long resumedAfter) {
		this.total = estimatedTotal;
		this.resumedAfter = resumedAfter;
		this.position = resumedAfter;
	}

	@Override
	public void advanced(long position, long estimatedTotal) {
		this.position = position;
		this.total = estimatedTotal;
	}

	@Override
	public void rejected(Rejection rejection) {
		synchronized (rejections) {
			rejectedCount++;
			if (rejections.size() < KEPT_REJECTIONS) {
				rejections.add(rejection);
			}
		}
	}

	@Override
	public void committed(long position) {
		this.committed = position;
	}

	// the job's life, as the runner sees it

	public void running() {
		startedAt = Instant.now();
		state = State.RUNNING;
	}

	public void done(ImportSummary summary) {
		this.summary = summary;
		this.position = summary.resumedAfter() + summary.read();
		this.total = position;
		this.committed = position;
		finishedAt = Instant.now();
		state = State.DONE;
	}

	public void failed(String reason) {
		this.failure = reason;
		finishedAt = Instant.now();
		state = State.FAILED;
	}

	public String id() {
		return id;
	}

	public String kind() {
		return kind;
	}

	public String input() {
		return input;
	}

	public String actor() {
		return actor;
	}

	public State state() {
		return state;
	}

	public boolean finished() {
		return state == State.DONE || state == State.FAILED;
	}

	public Instant submittedAt() {
		return submittedAt;
	}

	public Instant startedAt() {
		return startedAt;
	}

	public Instant finishedAt() {
		return finishedAt;
	}

	/** Records expected in all, or -1 while unknown. */
	public long total() {
		return total;
	}

	public long position() {
		return position;
	}

	public long committed() {
		return committed;
	}

	public long resumedAfter() {
		return resumedAfter;
	}

	public long rejectedCount() {
		return rejectedCount;
	}

	public List<Rejection> rejections() {
		synchronized (rejections) {
			return List.copyOf(rejections);
		}
	}

	/** The summary once done; null before. */
	public ImportSummary summary() {
		return summary;
	}

	/** Why the job stopped, when it failed; null otherwise. */
	public String failure() {
		return failure;
	}

	/** Whole per cent done, or -1 while the total is unknown. */
	public int percent() {
		if (state == State.DONE) {
			return 100;
		}
		long all = total;
		return (all <= 0) ? -1 : (int) Math.min(100, position * 100 / all);
	}

	/** Records per second since the job started, over the records this run read. */
	public double rate() {
		Instant start = startedAt;
		if (start == null) {
			return 0;
		}
		Instant end = (finishedAt != null) ? finishedAt : Instant.now();
		double seconds = Math.max(0.001, Duration.between(start, end).toMillis() / 1000.0);
		return (position - resumedAfter) / seconds;
	}

}
