package org.liaison.exchange.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CORDIS's CSV extraction with Apache Commons CSV: {@code project.csv} (semicolon-separated,
 * every field quoted, UTF-8, objectives over several lines) and, when it lies beside it,
 * {@code organization.csv} with the participants. Columns are found by header name, so both the
 * Horizon 2020 and the Horizon Europe layouts read. Participants are staged in the database
 * ({@link CsvParticipantStage}) and fetched for a chunk of projects at a time: memory stays bounded
 * whatever the order of the two files.
 */
final class CordisCsvReader implements RecordReader {

	static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setQuote('"').setHeader()
		.setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(false).get();

	private static final int CHUNK = 500;

	private final String file;

	private final CSVParser parser;

	private final Iterator<CSVRecord> rows;

	private final CsvParticipantStage stage;

	private final long size;

	private final CountingInput counter;

	private final Deque<SourceItem> ready = new ArrayDeque<>();

	private long lastLine = 1;

	private long records;

	private CordisCsvReader(Path projects, CountingInput counter, CSVParser parser, CsvParticipantStage stage)
			throws IOException {
		this.file = projects.getFileName().toString();
		this.counter = counter;
		this.parser = parser;
		this.rows = parser.iterator();
		this.stage = stage;
		this.size = Files.size(projects);
		Set<String> header = parser.getHeaderMap().keySet();
		if (!header.contains("id") || !header.contains("acronym")) {
			parser.close();
			throw new IOException(projects + " is not CORDIS's project CSV: its header " + header
					+ " lacks id or acronym (expected e.g. rcn;id;acronym;status;…, separated by ';')");
		}
	}

	/** The project CSV; participants from {@code organization.csv} beside it, staged by {@code stage}. */
	static CordisCsvReader open(Path projects, CsvParticipantStage stage) throws IOException {
		Path organisations = projects.toAbsolutePath().resolveSibling("organization.csv");
		if (Files.exists(organisations) && stage != null) {
			stage.load(organisations);
		}
		else if (stage != null) {
			stage.clear();
		}
		CountingInput counter = new CountingInput(Files.newInputStream(projects));
		BufferedReader reader = new BufferedReader(new InputStreamReader(counter, StandardCharsets.UTF_8), 1 << 16);
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
		return new CordisCsvReader(projects, counter, FORMAT.parse(reader), (stage != null && Files.exists(organisations)) ? stage : null);
	}

	@Override
	public long estimatedTotal() {
		long bytes = counter.count();
		return (records < 10 || bytes == 0) ? -1 : Math.max(records, Math.round((double) records * size / bytes));
	}

	@Override
	public SourceItem next() throws IOException {
		if (ready.isEmpty()) {
			fill();
		}
		return ready.poll();
	}

	/** Reads the next chunk of projects and fetches their participants in one go. */
	private void fill() throws IOException {
		List<CordisRecord> chunk = new ArrayList<>();
		try {
			while (chunk.size() < CHUNK && rows.hasNext()) {
				CSVRecord row = rows.next();
				long line = lastLine + 1;
				lastLine = parser.getCurrentLineNumber();
				records++;
				if (!row.isConsistent()) {
					ready.add(new SourceItem.Unreadable(file, line, "has " + row.size() + " fields, the header "
							+ parser.getHeaderNames().size()));
					continue;
				}
				CordisRecord record = toRecord(row, line);
				chunk.add(record);
				ready.add(record);
			}
		}
		catch (UncheckedIOException ex) {
			// Commons CSV's iterator wraps a parse error (e.g. an unclosed quote): the rest is unreadable
			ready.add(new SourceItem.Unreadable(file, lastLine + 1, "malformed CSV: " + ex.getCause().getMessage()));
			while (rows.hasNext()) {
				rows.next();
			}
		}
		if (stage != null && !chunk.isEmpty()) {
			Map<String, CordisRecord> byId = new HashMap<>();
			chunk.forEach(r -> byId.put(r.id, r));
			stage.participants(byId.keySet(), (projectId, organisation) -> byId.get(projectId).organisations.add(organisation));
		}
	}

	private CordisRecord toRecord(CSVRecord row, long line) {
		CordisRecord r = new CordisRecord(file, line);
		r.language = "en";
		r.id = get(row, "id");
		r.acronym = get(row, "acronym");
		r.status = get(row, "status");
		r.title = get(row, "title");
		r.teaser = get(row, "teaser");
		r.objective = get(row, "objective");
		r.keywords = get(row, "keywords");
		r.startDate = get(row, "startDate");
		r.endDate = get(row, "endDate");
		r.totalCost = amount(get(row, "totalCost"));
		r.ecMaxContribution = amount(get(row, "ecMaxContribution"));
		r.website = get(row, "projectUrl");
		r.frameworkProgramme = get(row, "frameworkProgramme");
		r.legalBasisCode = first(get(row, "legalBasis", "programme"));
		r.topicCode = first(get(row, "topics"));
		r.callIdentifier = get(row, "masterCall", "call");
		r.fundingSchemeCode = get(row, "fundingScheme");
		if (stage == null) {
			participantsFromProjectRow(r, row);
		}
		return r;
	}

	/** Without organization.csv: the coordinator and participants named in the project row itself. */
	private static void participantsFromProjectRow(CordisRecord r, CSVRecord row) {
		String coordinator = get(row, "coordinator");
		if (coordinator != null) {
			r.organisations.add(named(coordinator, first(get(row, "coordinatorCountry")), "coordinator"));
		}
		String participants = get(row, "participants");
		if (participants != null) {
			String[] names = participants.split(";");
			String countries = get(row, "participantCountries");
			String[] codes = (countries == null) ? new String[0] : countries.split(";");
			for (int i = 0; i < names.length; i++) {
				if (!names[i].isBlank()) {
					r.organisations.add(named(names[i].strip(), (i < codes.length) ? codes[i].strip() : null, "participant"));
				}
			}
		}
	}

	/** An organisation known by name only: its id is made from its name and country. */
	private static CordisRecord.Organisation named(String name, String country, String type) {
		CordisRecord.Organisation o = new CordisRecord.Organisation();
		o.type = type;
		o.legalName = name;
		o.country = country;
		o.id = "name:" + CordisMapper.sha256(name.toUpperCase(Locale.ROOT) + "|" + country).substring(0, 32);
		return o;
	}

	/** CORDIS's CSV writes amounts with a decimal comma in some extractions. */
	static String amount(String value) {
		return (value == null) ? null : value.replace(',', '.');
	}

	static String first(String list) {
		if (list == null) {
			return null;
		}
		String first = list.split(";")[0].strip();
		return first.isEmpty() ? null : first;
	}

	static String get(CSVRecord row, String... names) {
		for (String name : names) {
			if (row.isMapped(name) && row.isSet(name)) {
				String value = row.get(name);
				if (value != null && !value.isBlank()) {
					return value.strip();
				}
			}
		}
		return null;
	}

	@Override
	public void close() throws IOException {
		parser.close();
	}

	/** Counts the bytes read, for the progress estimate. */
	private static final class CountingInput extends java.io.FilterInputStream {

		private long count;

		CountingInput(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count += n;
			}
			return n;
		}

		long count() {
			return count;
		}

	}

}
