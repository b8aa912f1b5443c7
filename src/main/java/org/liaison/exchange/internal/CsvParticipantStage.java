package org.liaison.exchange.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Locale;
import java.util.function.BiConsumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.postgresql.PGConnection;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Stages {@code organization.csv} in the {@code import_cordis_participant} table (with COPY), and
 * hands out the participants of a chunk of projects.
 */
@Component
class CsvParticipantStage {

	private static final String COLUMNS = "project_id, seq, role, organisation_id, name, short_name, activity_type, "
			+ "country, ec_contribution, url";

	private final JdbcTemplate jdbc;

	CsvParticipantStage(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void clear() {
		jdbc.update("truncate import_cordis_participant");
	}

	/** Replaces the staged participants with those of this organization.csv. */
	void load(Path organisations) throws IOException {
		clear();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(Files.newInputStream(organisations), StandardCharsets.UTF_8), 1 << 16)) {
			reader.mark(1);
			if (reader.read() != '\uFEFF') {
				reader.reset();
			}
			CSVParser parser = CordisCsvReader.FORMAT.parse(reader);
			StringBuilder chunk = new StringBuilder(1 << 20);
			CSVPrinter printer = new CSVPrinter(chunk, CSVFormat.POSTGRESQL_CSV);
			long seq = 0;
			int rows = 0;
			for (CSVRecord row : parser) {
				String project = CordisCsvReader.get(row, "projectID", "projectId");
				if (project == null) {
					continue;
				}
				printer.printRecord(project, seq++, role(CordisCsvReader.get(row, "role")),
						CordisCsvReader.get(row, "organisationID", "organizationID", "id"), CordisCsvReader.get(row, "name"),
						CordisCsvReader.get(row, "shortName"), CordisCsvReader.get(row, "activityType"),
						CordisCsvReader.get(row, "country"), CordisCsvReader.amount(CordisCsvReader.get(row, "ecContribution")),
						CordisCsvReader.get(row, "organizationURL", "organizationUrl"));
				if (++rows == 10_000) {
					copy(chunk);
					rows = 0;
				}
			}
			copy(chunk);
		}
		jdbc.execute("analyze import_cordis_participant");
	}

	private void copy(StringBuilder chunk) {
		if (chunk.isEmpty()) {
			return;
		}
		String data = chunk.toString();
		chunk.setLength(0);
		jdbc.execute((ConnectionCallback<Long>) connection -> {
			try {
				return connection.unwrap(PGConnection.class).getCopyAPI()
					.copyIn("copy import_cordis_participant (" + COLUMNS + ") from stdin (format csv)", new StringReader(data));
			}
			catch (IOException ex) {
				throw new SQLException(ex);
			}
		});
	}

	/** CORDIS's role names in the CSV, as the XML writes them. */
	private static String role(String role) {
		if (role == null) {
			return null;
		}
		return switch (role.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "")) {
			case "coordinator" -> "coordinator";
			case "participant" -> "participant";
			case "associatedpartner", "partner" -> "associatedPartner";
			case "thirdparty" -> "thirdParty";
			default -> role;
		};
	}

	/** The staged participants of these projects, in the file's order. */
	void participants(Collection<String> projectIds, BiConsumer<String, CordisRecord.Organisation> consumer) {
		jdbc.query("select project_id, role, organisation_id, name, short_name, activity_type, country, "
				+ "ec_contribution, url from import_cordis_participant where project_id = any(?) order by seq",
				rs -> {
					CordisRecord.Organisation o = new CordisRecord.Organisation();
					o.type = rs.getString(2);
					o.id = rs.getString(3);
					o.legalName = rs.getString(4);
					o.shortName = rs.getString(5);
					o.activityType = rs.getString(6);
					o.country = rs.getString(7);
					o.ecContribution = rs.getString(8);
					o.website = rs.getString(9);
					consumer.accept(rs.getString(1), o);
				}, (Object) jdbc.execute((ConnectionCallback<java.sql.Array>) c -> c.createArrayOf("text",
						projectIds.toArray())));
	}


}
