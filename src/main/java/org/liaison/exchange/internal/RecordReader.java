package org.liaison.exchange.internal;

import java.io.IOException;

/** Reads an input's records one by one, in a fixed order, holding only the current one. */
interface RecordReader extends AutoCloseable {

	/** The next record or unreadable part, or null at the end. */
	SourceItem next() throws IOException;

	/** An estimate of the records in the whole input (for progress), or -1 when unknown. */
	long estimatedTotal();

	@Override
	void close() throws IOException;

}
