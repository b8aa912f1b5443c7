package org.liaison.exchange.opendata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Writes open-data rows as they come: CSV (RFC 4180: CRLF, quoting as needed; UTF-8, a byte-order
 * mark on request) or a JSON array, so that no list is ever held whole in memory.
 */
final class ExportWriter {

	static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private ExportWriter() {
	}

	/** @param rows calls its argument once per row, in order */
	static <T> void csv(HttpServletResponse response, String fileName, String[] columns, boolean bom,
			Consumer<Consumer<T>> rows, java.util.function.Function<T, Iterable<?>> cells) throws IOException {
		response.setContentType(TEXT_CSV + "; header=present");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + ".csv\"");
		BufferedWriter writer = new BufferedWriter(
				new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
		if (bom) {
			writer.write('\uFEFF');
		}
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader(columns).get();
		try (CSVPrinter printer = new CSVPrinter(writer, format)) {
			rows.accept(row -> {
				try {
					printer.printRecord(cells.apply(row));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

	/** @param rows calls its argument once per row, in order */
	static <T> void json(HttpServletResponse response, JsonMapper json, Class<?> type, Consumer<Consumer<T>> rows)
			throws IOException {
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		try (SequenceWriter array = json.writerFor(type).writeValuesAsArray(response.getOutputStream())) {
			rows.accept(array::write);
		}
	}

}
