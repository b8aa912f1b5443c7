package org.liaison.exchange.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.sun.management.OperatingSystemMXBean;
import jakarta.persistence.EntityManagerFactory;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.orm.Search;

import org.liaison.LiaisonApplication;
import org.liaison.common.search.SearchFields;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The work under any import of the benchmark's CSV pair "to searchable", measured part by part on
 * this machine with nothing else running, in CPU-seconds of this process: reading the two files in
 * the importer's own CSV format ({@link CordisCsvReader#FORMAT}), and writing the projects' search
 * documents with raw Lucene — the project index's own fields (as its mapping writes them: folded, language and suggestion fields,
 * stored texts, facets, dates) analysed by the project index's own analyzers, taken from Hibernate
 * Search, fed from memory on every core, one 64 MB buffer, no Hibernate, no database, no merges
 * beyond Lucene's defaults. Each part runs twice in this JVM: the first run is what one import pays
 * (the JIT compiles as it goes), the second what a warm server pays. {@code bench/import.sh} runs it
 * and adds the figures to the database's own (rows into bare tables) to compare with the CPU the
 * target allows.
 * <p>
 * Usage: {@code ImportWorkFloor CSV_FOLDER SCRATCH_FOLDER OUTPUT.properties}; the database is the
 * application's ({@code LIAISON_DATABASE_URL} and friends), used only to start the search mapping.
 */
public final class ImportWorkFloor {

	private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

	/** The project index's text fields: positions and norms, as Hibernate Search's full-text fields. */
	private static final FieldType TEXT = TextField.TYPE_NOT_STORED;

	private ImportWorkFloor() {
	}

	public static void main(String[] args) throws Exception {
		Path csv = Path.of(args[0]);
		Path scratch = Path.of(args[1]);
		Path output = Path.of(args[2]);
		Properties figures = new Properties();
		for (int round = 1; round <= 2; round++) {
			long cpu = OS.getProcessCpuTime();
			long records = parse(csv);
			figures.setProperty("parse.cpu." + round, seconds(OS.getProcessCpuTime() - cpu));
			figures.setProperty("parse.records", String.valueOf(records));
		}
		List<String[]> projects = projects(csv.resolve("project.csv"));
		Map.of("liaison.database.data-directory", scratch.resolve("data").toString(), "liaison.demo.enabled", "false",
				"logging.level.root", "warn", "spring.main.banner-mode", "off")
			.forEach(System::setProperty);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LiaisonApplication.class)
			.web(WebApplicationType.NONE)
			.run()) {
			Analyzer analyzer = Search.mapping(context.getBean(EntityManagerFactory.class))
				.indexManager("project")
				.unwrap(LuceneIndexManager.class)
				.indexingAnalyzer();
			int threads = Runtime.getRuntime().availableProcessors();
			// What the started application spends while idle (its schedulers, the JIT finishing the
			// start's code) is not the index's: measured over ten seconds and taken off each round.
			long idleCpu = OS.getProcessCpuTime();
			long idleWall = System.nanoTime();
			Thread.sleep(10_000);
			double idlePerSecond = (double) (OS.getProcessCpuTime() - idleCpu) / (System.nanoTime() - idleWall);
			figures.setProperty("idle.cpu.per.second", String.format(Locale.ROOT, "%.4f", idlePerSecond));
			for (int round = 1; round <= 2; round++) {
				Path directory = scratch.resolve("lucene-" + round);
				long cpu = OS.getProcessCpuTime();
				long wall = System.nanoTime();
				index(projects, analyzer, directory, threads);
				long wallNanos = System.nanoTime() - wall;
				long cpuNanos = OS.getProcessCpuTime() - cpu - Math.round(idlePerSecond * wallNanos);
				figures.setProperty("lucene.cpu." + round, seconds(cpuNanos));
				figures.setProperty("lucene.wall." + round, seconds(wallNanos));
				delete(directory);
			}
			figures.setProperty("lucene.documents", String.valueOf(projects.size()));
			figures.setProperty("lucene.threads", String.valueOf(threads));
		}
		try (Writer out = Files.newBufferedWriter(output)) {
			figures.store(out, "ImportWorkFloor: CPU-seconds of this process");
		}
	}

	/** Reads every record of both files, every value touched; the number of records. */
	private static long parse(Path csv) throws IOException {
		long records = 0;
		long chars = 0;
		for (String file : new String[] { "project.csv", "organization.csv" }) {
			try (Reader reader = Files.newBufferedReader(csv.resolve(file)); CSVParser parser = CordisCsvReader.FORMAT.parse(reader)) {
				for (CSVRecord record : parser) {
					records++;
					for (String value : record) {
						chars += value.length();
					}
				}
			}
		}
		if (chars == 0) {
			throw new IllegalStateException("No values in " + csv);
		}
		return records;
	}

	/** The columns a project's search document is made of, in memory. */
	private static List<String[]> projects(Path file) throws IOException {
		List<String[]> projects = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(file); CSVParser parser = CordisCsvReader.FORMAT.parse(reader)) {
			for (CSVRecord r : parser) {
				projects.add(new String[] { r.get("id"), r.get("acronym"), r.get("title"), r.get("teaser"),
						r.get("startDate"), r.get("coordinatorCountry"), r.get("participantCountries"),
						r.get("frameworkProgramme"), r.get("ecMaxContribution") });
			}
		}
		return projects;
	}

	private static void index(List<String[]> projects, Analyzer analyzer, Path directory, int threads) throws Exception {
		IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64)
			.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
		try (Directory lucene = FSDirectory.open(directory); IndexWriter writer = new IndexWriter(lucene, config)) {
			AtomicInteger next = new AtomicInteger();
			ExecutorService pool = Executors.newFixedThreadPool(threads);
			try {
				List<Future<?>> feeding = new ArrayList<>();
				for (int t = 0; t < threads; t++) {
					feeding.add(pool.submit(() -> {
						for (int i = next.getAndIncrement(); i < projects.size(); i = next.getAndIncrement()) {
							writer.addDocument(document(projects.get(i)));
						}
						return null;
					}));
				}
				for (Future<?> f : feeding) {
					f.get();
				}
			}
			finally {
				pool.shutdown();
			}
			writer.commit();
		}
	}

	/** A project's document with the fields and field types the project index holds (see its mapping). */
	private static Document document(String[] p) {
		Document d = new Document();
		d.add(new StringField("__HSEARCH_id", p[0], Field.Store.NO));
		d.add(new StringField("__HSEARCH_type", "main", Field.Store.NO));
		keyword(d, SearchFields.TYPE, "project");
		d.add(new StringField(SearchFields.VISIBILITY, SearchFields.PUBLIC, Field.Store.NO));
		d.add(new StringField(SearchFields.KEY, "project-" + p[0], Field.Store.YES));
		text(d, SearchFields.LABEL, p[1], null, true);
		text(d, SearchFields.TITLE, p[2], "en", true);
		text(d, SearchFields.SUMMARY, p[3], "en", false);
		keyword(d, SearchFields.LANGUAGE, "en");
		TreeSet<String> countries = new TreeSet<>();
		countries.add(p[5]);
		for (String country : p[6].split(";")) {
			countries.add(country);
		}
		countries.remove("");
		countries.forEach(country -> keyword(d, SearchFields.COUNTRY, country));
		keyword(d, SearchFields.PROGRAMME, p[7]);
		keyword(d, SearchFields.FACET_SAMPLE, String.valueOf(Long.parseLong(p[0]) % 64));
		if (!p[4].isEmpty()) {
			LocalDate start = LocalDate.parse(p[4]);
			number(d, SearchFields.DATE, start.toEpochDay());
			number(d, SearchFields.YEAR, start.getYear());
			d.add(new StoredField(SearchFields.DATE, start.toEpochDay()));
		}
		if (!p[8].isEmpty()) {
			number(d, SearchFields.FUNDING, Math.round(Double.parseDouble(p[8]) * 100));
		}
		return d;
	}

	private static void text(Document d, String field, String value, String language, boolean suggest) {
		if (value.isEmpty()) {
			return;
		}
		d.add(new Field(field, value, TEXT));
		if (language != null) {
			d.add(new Field(SearchFields.languageField(field, language), value, TEXT));
		}
		if (suggest) {
			d.add(new Field(field + SearchFields.SUGGEST_SUFFIX, value, TEXT));
		}
		String json = "{\"" + ((language == null) ? "und" : language) + "\":\""
				+ value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
		d.add(new StoredField(field + SearchFields.STORED_SUFFIX, json));
	}

	private static void keyword(Document d, String field, String value) {
		d.add(new StringField(field, value, Field.Store.NO));
		d.add(new SortedSetDocValuesField(field, new BytesRef(value)));
	}

	private static void number(Document d, String field, long value) {
		d.add(new LongPoint(field, value));
		d.add(new SortedNumericDocValuesField(field, value));
	}

	private static String seconds(long nanos) {
		return String.format(Locale.ROOT, "%.2f", nanos / 1e9);
	}

	private static void delete(Path directory) throws IOException {
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
