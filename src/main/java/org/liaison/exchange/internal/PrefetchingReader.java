package org.liaison.exchange.internal;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads ahead on a thread of its own: parsing the next records (XML or CSV) overlaps with writing
 * the current batch to the database, which is where the importer otherwise waits. Holds at most
 * {@code capacity} parsed records, so memory stays bounded whatever the input's size. Records come
 * out in the input's order; an error of the reader comes out where it happened.
 */
final class PrefetchingReader implements RecordReader {

	/** What the reading thread passes on: a record, an error, or the end. */
	private record Slot(SourceItem item, Throwable error) {
	}

	private static final Slot END = new Slot(null, null);

	private final RecordReader reader;

	private final BlockingQueue<Slot> queue;

	private final Thread thread;

	private boolean ended;

	PrefetchingReader(RecordReader reader, int capacity) {
		this.reader = reader;
		this.queue = new ArrayBlockingQueue<>(capacity);
		this.thread = new Thread(this::readAll, "liaison-import-reader");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	private void readAll() {
		try {
			SourceItem item;
			while ((item = reader.next()) != null) {
				queue.put(new Slot(item, null));
			}
			queue.put(END);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (IOException | RuntimeException | Error ex) {
			try {
				queue.put(new Slot(null, ex));
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public SourceItem next() throws IOException {
		if (ended) {
			return null;
		}
		Slot slot;
		try {
			slot = queue.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while reading the input", ex);
		}
		if (slot == END) {
			ended = true;
			return null;
		}
		if (slot.error() != null) {
			ended = true;
			if (slot.error() instanceof IOException io) {
				throw io;
			}
			if (slot.error() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw (Error) slot.error();
		}
		return slot.item();
	}

	@Override
	public long estimatedTotal() {
		return reader.estimatedTotal();
	}

	@Override
	public void close() throws IOException {
		thread.interrupt();
		try {
			thread.join(10_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		reader.close();
	}

}
