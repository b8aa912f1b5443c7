package org.liaison.search.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

/**
 * Generated projects and news, deterministic from their number: texts in English and, for half of
 * them, one of Hungarian, German, French or Spanish, their words drawn from a {@link Vocabulary}
 * (realistic by default, uniform as the worst case). Written with PostgreSQL's COPY (rows written by
 * SQL, as an import would), then indexed with the MassIndexer.
 */
public final class BenchData {

	static final List<String> LANGUAGES = List.of("en", "hu", "de", "fr", "es");

	static final List<String> COUNTRIES = List.of("KE", "UG", "TZ", "ZA", "MZ", "SN", "GH", "NG", "ET", "RW", "JP", "AU",
			"US", "IN", "BR", "AR", "CL", "MX", "CO", "PE", "ID", "VN", "TH", "PH", "MA", "TN", "EG", "UA", "GE", "AM");

	private BenchData() {
	}

	/** The words of item {@code n}'s title in {@code language}: six words. */
	static List<String> titleWords(Vocabulary vocabulary, long n, String language) {
		return words(vocabulary, new Random(n * 31 + language.hashCode()), language, 6);
	}

	static String secondLanguage(long n) {
		return (n % 2 == 0) ? null : LANGUAGES.get(1 + (int) ((n / 2) % 4));
	}

	private static List<String> words(Vocabulary vocabulary, Random random, String language, int count) {
		List<String> words = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			words.add(vocabulary.word(language, random));
		}
		return words;
	}

	private static String text(Vocabulary vocabulary, long n, String field, int count) {
		StringBuilder json = new StringBuilder("{");
		String second = secondLanguage(n);
		for (String language : (second == null) ? List.of("en") : List.of("en", second)) {
			List<String> words = "title".equals(field) ? titleWords(vocabulary, n, language)
					: words(vocabulary, new Random(n * 17 + language.hashCode() + field.hashCode()), language, count);
			if (json.length() > 1) {
				json.append(',');
			}
			json.append('"').append(language).append("\":\"").append(String.join(" ", words)).append('"');
		}
		return json.append('}').toString();
	}

	/** Writes as the next method does, with the uniform vocabulary the briefing benchmark was measured with. */
	public static double write(DataSource dataSource, Path work, long projects, long news, long programmeId, long[] goals,
			long[] priorities) throws Exception {
		return write(new UniformVocabulary(), dataSource, work, projects, news, programmeId, goals, priorities);
	}

	/** Writes {@code projects} projects and {@code news} published news items; returns the seconds it took. */
	public static double write(Vocabulary vocabulary, DataSource dataSource, Path work, long projects, long news,
			long programmeId, long[] goals, long[] priorities) throws Exception {
		long started = System.nanoTime();
		Files.createDirectories(work);
		try (Connection connection = dataSource.getConnection()) {
			PGConnection pg = connection.unwrap(PGConnection.class);
			copy(pg, work.resolve("project.csv"), "project (id, slug, acronym, title, summary, programme_id, status, "
					+ "start_date, eu_contribution, eu_contribution_currency)", projects, (out, n) -> out
						.append(String.valueOf(1_000_000 + n)).append(",bench-").append(String.valueOf(n)).append(",P")
						.append(Long.toString(n, 36).toUpperCase()).append(",")
						.append(csv(text(vocabulary, n, "title", 6))).append(',')
						.append(csv(text(vocabulary, n, "summary", 25))).append(',').append(String.valueOf(programmeId))
						.append(",ONGOING,").append(String.valueOf(2000 + n % 26)).append("-0").append(String.valueOf(1 + n % 9))
						.append("-01,").append(String.valueOf(100_000 + (n * 7919) % 5_000_000)).append(",EUR\n"));
			copy(pg, work.resolve("project_country.csv"), "project_country (project_id, country_code, position)", projects,
					(out, n) -> {
						int count = 1 + (int) (n % 3);
						for (int i = 0; i < count; i++) {
							out.append(String.valueOf(1_000_000 + n)).append(',')
								.append(COUNTRIES.get((int) ((n + i * 7) % COUNTRIES.size()))).append(',')
								.append(String.valueOf(i)).append('\n');
						}
					});
			copy(pg, work.resolve("project_term.csv"), "project_term (project_id, term_id)", projects,
					(out, n) -> out.append(String.valueOf(1_000_000 + n)).append(',')
						.append(String.valueOf(goals[(int) (n % goals.length)])).append('\n')
						.append(String.valueOf(1_000_000 + n)).append(',')
						.append(String.valueOf(priorities[(int) (n % priorities.length)])).append('\n'));
			copy(pg, work.resolve("news.csv"), "news_item (id, slug, title, teaser, body, published_on, status)", news,
					(out, n) -> out.append(String.valueOf(1_000_000 + n)).append(",bench-news-").append(String.valueOf(n))
						.append(',').append(csv(text(vocabulary, n + 7, "title", 6)))
						.append(',').append(csv(text(vocabulary, n, "teaser", 15)))
						.append(',').append(csv(text(vocabulary, n, "body", 60))).append(',').append(String.valueOf(2010 + n % 16))
						.append("-0").append(String.valueOf(1 + n % 9)).append("-15,PUBLISHED\n"));
		}
		return (System.nanoTime() - started) / 1e9;
	}

	interface Row {

		void write(BufferedWriter out, long n) throws IOException;

	}

	private static void copy(PGConnection pg, Path file, String table, long rows, Row row) throws Exception {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			for (long n = 0; n < rows; n++) {
				row.write(out, n);
			}
		}
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			pg.getCopyAPI().copyIn("copy " + table + " from stdin with (format csv)", in);
		}
		Files.delete(file);
	}

	private static String csv(String value) {
		return '"' + value.replace("\"", "\"\"") + '"';
	}

}
