package org.liaison.exchange.internal;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import org.liaison.exchange.ImportProgress;
import org.liaison.exchange.Rejection;

/**
 * The import's progress on the command line: a progress bar (records/s, ETA) on a terminal; on
 * anything else (a log file, CI) a plain line every ten seconds. Rejected records go to standard
 * error as they come, each with file, line and reason.
 */
final class ConsoleProgress implements ImportProgress, AutoCloseable {

	private static final long PLAIN_INTERVAL_NANOS = Duration.ofSeconds(10).toNanos();

	private final PrintStream out;

	private final PrintStream err;

	private final boolean terminal;

	private ProgressBar bar;

	private long startNanos;

	private long lastLine;

	private long resumedAfter;

	ConsoleProgress(PrintStream out, PrintStream err, boolean terminal) {
		this.out = out;
		this.err = err;
		this.terminal = terminal;
	}

	@Override
	public void started(String input, long estimatedTotal, long resumedAfter) {
		this.resumedAfter = resumedAfter;
		startNanos = System.nanoTime();
		lastLine = startNanos;
		if (resumedAfter > 0) {
			out.println("Resuming the import of " + input + " after record " + resumedAfter
					+ ", where an earlier run was interrupted");
		}
		if (terminal) {
			bar = new ProgressBarBuilder().setTaskName("CORDIS").setInitialMax(estimatedTotal)
				.setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUnit(" records", 1).showSpeed()
				.setUpdateIntervalMillis(500).build();
		}
		else {
			out.println("Importing " + input + ((estimatedTotal > 0) ? " (" + estimatedTotal + " records)" : ""));
		}
	}

	@Override
	public void advanced(long position, long estimatedTotal) {
		if (bar != null) {
			if (estimatedTotal > 0 && estimatedTotal != bar.getMax()) {
				bar.maxHint(estimatedTotal);
			}
			bar.stepTo(position);
			return;
		}
		long now = System.nanoTime();
		if (now - lastLine >= PLAIN_INTERVAL_NANOS) {
			lastLine = now;
			out.println(plainLine(position, estimatedTotal, now));
		}
	}

	String plainLine(long position, long estimatedTotal, long now) {
		double seconds = Math.max(1e-3, (now - startNanos) / 1e9);
		double rate = (position - resumedAfter) / seconds;
		StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%,d", position));
		if (estimatedTotal > 0) {
			line.append(String.format(Locale.ROOT, " of %,d records (%.1f %%)", estimatedTotal,
					100.0 * position / estimatedTotal));
		}
		else {
			line.append(" records");
		}
		line.append(String.format(Locale.ROOT, ", %,.0f records/s", rate));
		if (estimatedTotal > position && rate > 0) {
			line.append(", ETA ").append(ImportCommandRunner.format(Duration.ofSeconds(Math.round((estimatedTotal - position) / rate))));
		}
		return line.toString();
	}

	@Override
	public void rejected(Rejection rejection) {
		if (bar != null) {
			// keeps the bar's line intact: the rejection goes above it
			err.print("\r\033[K");
		}
		err.println("rejected " + rejection);
	}

	@Override
	public void close() {
		if (bar != null) {
			bar.close();
		}
	}

}
