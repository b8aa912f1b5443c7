package org.liaison.search.internal;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;

/** Reports a rebuild's progress as a line every few seconds: documents written, of how many, how fast. */
final class ProgressMonitor implements MassIndexingMonitor {

	private static final long INTERVAL_NANOS = 2_000_000_000L;

	private final Consumer<String> out;

	private final AtomicLong total = new AtomicLong();

	private final AtomicLong added = new AtomicLong();

	private final long started = System.nanoTime();

	private final AtomicLong lastReport = new AtomicLong(started);

	ProgressMonitor(Consumer<String> out) {
		this.out = out;
	}

	long added() {
		return added.get();
	}

	@Override
	public void addToTotalCount(long count) {
		total.addAndGet(count);
	}

	@Override
	public void documentsAdded(long count) {
		long done = added.addAndGet(count);
		long now = System.nanoTime();
		long last = lastReport.get();
		if (now - last >= INTERVAL_NANOS && lastReport.compareAndSet(last, now)) {
			out.accept(line(done, now));
		}
	}

	@Override
	public void documentsBuilt(long count) {
	}

	@Override
	public void entitiesLoaded(long count) {
	}

	@Override
	public void indexingCompleted() {
		out.accept(line(added.get(), System.nanoTime()) + ", done");
	}

	private String line(long done, long now) {
		double seconds = Math.max(0.001, (now - started) / 1e9);
		long of = total.get();
		String share = (of > 0) ? String.format(" of %,d (%d%%)", of, Math.min(100, done * 100 / of)) : "";
		return String.format("Search index: %,d documents%s in %.1f s, %,.0f/s", done, share, seconds, done / seconds);
	}

}
