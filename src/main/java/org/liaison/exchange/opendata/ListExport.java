package org.liaison.exchange.opendata;

import java.util.List;
import java.util.function.Consumer;

/**
 * One public list as open data, served by {@link ListExportController} at
 * {@code /opendata/<name>.csv} and {@code .json}.
 *
 * @param name the list's name in its addresses
 * @param columns the CSV's header, in the order of {@link ExportRecord#csvRow()}
 * @param filters the query parameters it filters by (besides {@code lang} and {@code bom})
 * @param source checks a query's filter values and gives the matching rows
 */
record ListExport(String name, String[] columns, List<String> filters, Source source) {

	/** Checks the query, before anything is written, and gives its rows. */
	@FunctionalInterface
	interface Source {

		/**
		 * @throws OpenDataRequest.BadParameterException when a filter's value names nothing
		 */
		Rows open(ExportQuery query);

	}

	/** The rows of a checked query, read as they are written out. */
	@FunctionalInterface
	interface Rows {

		void forEach(Consumer<ExportRecord> sink);

	}

}
