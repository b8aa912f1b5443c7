package org.liaison.exchange.web;

import java.time.LocalDate;
import java.util.List;

/**
 * One dataset on the open-data page; its name and description are the messages
 * {@code exchange.dataset.<key>} and {@code exchange.dataset.<key>.description}.
 */
public record Dataset(String key, LocalDate updated, List<Download> downloads) {

	/** One format of a dataset and where to get it. */
	public record Download(String format, String mediaType, String href) {
	}

}
