package org.liaison.exchange.web;

import java.time.LocalDate;
import java.util.List;

/**
 * One dataset on the open-data page and in the DCAT-AP catalogue; its name and description are the
 * messages {@code exchange.dataset.<key>} and {@code exchange.dataset.<key>.description}.
 *
 * @param landingPage the portal page (path after the language) that shows the same data, or
 * {@code null} when there is none (the open-data page stands in)
 */
public record Dataset(String key, LocalDate updated, List<Download> downloads, String landingPage) {

	public Dataset(String key, LocalDate updated, List<Download> downloads) {
		this(key, updated, downloads, null);
	}

	/**
	 * One format of a dataset and where to get it.
	 *
	 * @param href the address on this site, from its root ({@code /opendata/projects.csv?lang=en})
	 */
	public record Download(String format, String mediaType, String href) {
	}

}
