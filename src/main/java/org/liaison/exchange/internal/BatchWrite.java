package org.liaison.exchange.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * How an importer writes one batch: in one transaction with its checkpoint; when the database
 * refuses that transaction, record by record, each in a transaction of its own, so that only the
 * records the database refuses are rejected, and then the checkpoint alone. What happens once a
 * transaction has committed (the search index is handed what it wrote) runs outside the blocks that
 * catch refusals, so that an indexing failure stops the run instead of passing for a refused record.
 *
 * @param <R> a mapped record
 */
public final class BatchWrite<R> {

	private static final Logger log = LoggerFactory.getLogger(BatchWrite.class);

	/** What one importer does at each step of a batch. Counts are created, updated, unchanged. */
	public interface Steps<R> {

		/** Writes the whole batch and the checkpoint after it; the counts. */
		long[] batch(List<R> records);

		/** Writes one record, without the checkpoint; the counts. */
		long[] one(R record);

		/** Saves the checkpoint after the records written one by one, with their counts and the refused. */
		void checkpoint(long created, long updated, long unchanged, long refused);

		/** A transaction committed: what it wrote goes to the search index. */
		void committed();

		/** A transaction rolled back: what it taught (ids, caches) names nothing. */
		void rolledBack();

		/** The database refused this record, for this reason. */
		void refused(R record, String reason);

	}

	private final TransactionTemplate transactions;

	public BatchWrite(TransactionTemplate transactions) {
		this.transactions = transactions;
	}

	/** Writes {@code records}; the counts: created, updated, unchanged, refused by the database. */
	public long[] write(List<R> records, Steps<R> steps) {
		long[] written = null;
		RuntimeException refusal = null;
		try {
			written = transactions.execute(status -> steps.batch(records));
		}
		catch (RuntimeException ex) {
			refusal = ex;
		}
		if (refusal == null) {
			steps.committed();
			return new long[] { written[0], written[1], written[2], 0 };
		}
		log.debug("A batch of {} records was refused; writing them one by one", records.size(), refusal);
		steps.rolledBack();
		long[] counts = new long[4];
		for (R record : records) {
			long[] one = null;
			RuntimeException refused = null;
			try {
				one = transactions.execute(status -> steps.one(record));
			}
			catch (RuntimeException ex) {
				refused = ex;
			}
			if (refused != null) {
				steps.rolledBack();
				counts[3]++;
				steps.refused(record, "refused by the database: " + rootMessage(refused));
				continue;
			}
			steps.committed();
			for (int i = 0; i < 3; i++) {
				counts[i] += one[i];
			}
		}
		transactions.executeWithoutResult(status -> steps.checkpoint(counts[0], counts[1], counts[2], counts[3]));
		return counts;
	}

	/** The first line of the innermost cause's message: what the database said. */
	static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root.getMessage() == null) ? root.getClass().getSimpleName() : root.getMessage();
		return message.lines().findFirst().orElse(message);
	}

}
