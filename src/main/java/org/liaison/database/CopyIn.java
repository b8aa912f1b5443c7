package org.liaison.database;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes rows with PostgreSQL's {@code COPY … FROM STDIN}, the fastest way into a table: imports
 * create hundreds of thousands of rows, for which even batched, rewritten inserts cost several times
 * more. Runs in the caller's transaction (the JdbcTemplate's connection), so a batch still commits or
 * rolls back as a whole. Values are written as PostgreSQL's CSV: {@code null} is NULL, an empty
 * string stays an empty string; anything else is written with {@code toString()}, so pass dates as
 * {@link java.time.LocalDate}, amounts as {@link java.math.BigDecimal} and jsonb as its JSON text.
 */
public final class CopyIn {

	/** One row's values, in the order of the columns named. */
	@FunctionalInterface
	public interface RowValues<T> {

		List<?> of(T row);

	}

	private CopyIn() {
	}

	/**
	 * Copies the rows into the table's columns; returns how many rows the server took.
	 * @param columns the column list as SQL, e.g. {@code "id, name, country_code"}
	 */
	public static <T> long rows(JdbcTemplate jdbc, String table, String columns, Collection<T> rows,
			RowValues<T> values) {
		if (rows.isEmpty()) {
			return 0;
		}
		StringBuilder data = new StringBuilder(rows.size() * 128);
		try (CSVPrinter printer = new CSVPrinter(data, CSVFormat.POSTGRESQL_CSV)) {
			for (T row : rows) {
				printer.printRecord(values.of(row));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String sql = "copy " + table + " (" + columns + ") from stdin (format csv)";
		Long copied = jdbc.execute((ConnectionCallback<Long>) connection -> {
			try {
				return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(data.toString()));
			}
			catch (IOException ex) {
				throw new SQLException("COPY into " + table + " failed: " + ex.getMessage(), ex);
			}
		});
		return (copied == null) ? 0 : copied;
	}

}
