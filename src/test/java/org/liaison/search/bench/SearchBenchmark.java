package org.liaison.search.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

import org.liaison.LiaisonApplication;
import org.liaison.content.NewsItem;
import org.liaison.project.Project;
import org.liaison.search.SearchRequest;
import org.liaison.search.SearchService;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Search benchmark, run by {@code bench/search.sh}: generates projects and news (SQL), indexes them
 * with the MassIndexer, then runs a fixed mix of queries through {@link SearchService} and the same
 * queries straight on Lucene, and prints a Markdown report. Settings (system properties):
 * {@code bench.projects} (default 100000), {@code bench.news} (default a tenth), {@code bench.queries} (1000),
 * {@code bench.vocabulary} ({@code realistic}, the default, or {@code uniform}: see {@link Vocabulary}),
 * {@code bench.output} (report file).
 */
public final class SearchBenchmark {

	public static void main(String[] args) throws Exception {
		long projects = Long.getLong("bench.projects", 100_000);
		long news = Long.getLong("bench.news", projects / 10);
		int queryCount = Integer.getInteger("bench.queries", 1000);
		Path output = Path.of(System.getProperty("bench.output", "bench/results/search.md"));
		// bench.data keeps the generated database and index in a directory of one's choice, for a later run to reuse.
		String kept = System.getProperty("bench.data");
		Path data = (kept != null) ? Path.of(kept).toAbsolutePath()
				: Path.of("target", "bench-data", UUID.randomUUID().toString()).toAbsolutePath();
		Path done = data.resolve("bench.properties");
		Properties generated = new Properties();
		if (Files.exists(done)) {
			try (var in = Files.newBufferedReader(done)) {
				generated.load(in);
			}
			projects = Long.parseLong(generated.getProperty("projects"));
			news = Long.parseLong(generated.getProperty("news"));
		}
		// kept data is searched with the words it was written with (before there was a choice: uniform)
		String vocabularyName = System.getProperty("bench.vocabulary",
				generated.getProperty("vocabulary", generated.isEmpty() ? "realistic" : "uniform"));
		if (!generated.isEmpty() && !vocabularyName.equals(generated.getProperty("vocabulary", "uniform"))) {
			throw new IllegalStateException("The data in " + data + " was written with the "
					+ generated.getProperty("vocabulary", "uniform") + " vocabulary, not " + vocabularyName);
		}
		Vocabulary vocabulary = Vocabulary.named(vocabularyName);
		// System properties, so that they win over application.properties (and its environment variables).
		Map.of("liaison.database.data-directory", data.toString(), "liaison.database.url", "", "liaison.demo.enabled",
				"true", "logging.level.root", "warn", "logging.level.org.liaison.search", "info",
				"spring.main.banner-mode", "off")
			.forEach(System::setProperty);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(LiaisonApplication.class)
			.web(WebApplicationType.NONE)
			.run();
		try {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			EntityManagerFactory emf = context.getBean(EntityManagerFactory.class);
			SearchMapping mapping = Search.mapping(emf);
			long projectDocs = projects + 12;
			double writeSeconds;
			double projectSeconds;
			double newsSeconds;
			if (generated.isEmpty()) {
				long programme = jdbc.queryForObject("select min(id) from programme", Long.class);
				long[] goals = ids(jdbc, "policy-goals");
				long[] priorities = ids(jdbc, "d4d-priorities");
				log("Writing %,d projects and %,d news items (SQL COPY), %s vocabulary…", projects, news, vocabulary.name());
				writeSeconds = BenchData.write(vocabulary, context.getBean(DataSource.class), data.resolve("csv"), projects,
						news, programme, goals, priorities);
				log("Written in %.1f s", writeSeconds);
				projectSeconds = massIndex(mapping, Project.class);
				newsSeconds = massIndex(mapping, NewsItem.class);
				generated.setProperty("projects", String.valueOf(projects));
				generated.setProperty("news", String.valueOf(news));
				generated.setProperty("vocabulary", vocabulary.name());
				generated.setProperty("write.seconds", String.valueOf(writeSeconds));
				generated.setProperty("project.seconds", String.valueOf(projectSeconds));
				generated.setProperty("news.seconds", String.valueOf(newsSeconds));
				if (kept != null) {
					try (var out = Files.newBufferedWriter(done)) {
						generated.store(out, "written and indexed by SearchBenchmark; delete the directory to start afresh");
					}
				}
			}
			else if (Boolean.getBoolean("bench.reindex")) {
				// the kept data, indexed anew (after a change to what the index holds), the rates measured again
				log("Reusing %,d projects and %,d news items in %s, indexing them again", projects, news, data);
				writeSeconds = Double.parseDouble(generated.getProperty("write.seconds"));
				projectSeconds = massIndex(mapping, Project.class);
				newsSeconds = massIndex(mapping, NewsItem.class);
				generated.setProperty("project.seconds", String.valueOf(projectSeconds));
				generated.setProperty("news.seconds", String.valueOf(newsSeconds));
				try (var out = Files.newBufferedWriter(done)) {
					generated.store(out, "written and indexed by SearchBenchmark; delete the directory to start afresh");
				}
			}
			else {
				log("Reusing %,d projects and %,d news items in %s", projects, news, data);
				writeSeconds = Double.parseDouble(generated.getProperty("write.seconds"));
				projectSeconds = Double.parseDouble(generated.getProperty("project.seconds"));
				newsSeconds = Double.parseDouble(generated.getProperty("news.seconds"));
			}
			log("Indexed projects at %,.0f/s, news at %,.0f/s", projectDocs / projectSeconds, news / newsSeconds);

			SearchService search = context.getBean(SearchService.class);
			List<QueryMix.Query> queries = QueryMix.of(vocabulary, queryCount, projects);
			Analyzer analyzer = analyzer(mapping);
			try (RawLucene raw = new RawLucene(data.resolve("index"), analyzer)) {
				log("Warming up…");
				for (int round = 0; round < Integer.getInteger("bench.warmups", 2); round++) {
					for (QueryMix.Query query : queries) {
						search.search(query.request());
						raw.search(query.request());
					}
				}
				// Each query both ways in turn, alternating which goes first: a machine that speeds up or
				// slows down during the run (other tenants, frequency) weighs on both sides alike, and
				// neither always finds the caches warmed by the other.
				log("Measuring %d queries, each way, in turn…", queries.size());
				long[] liaison = new long[queries.size()];
				long[] lucene = new long[queries.size()];
				long[] liaisonTotals = new long[queries.size()];
				long luceneHits = 0;
				for (int i = 0; i < queries.size(); i++) {
					SearchRequest request = queries.get(i).request();
					if (i % 2 == 0) {
						long start = System.nanoTime();
						liaisonTotals[i] = search.search(request).total();
						liaison[i] = System.nanoTime() - start;
					}
					long start = System.nanoTime();
					luceneHits += raw.search(request);
					lucene[i] = System.nanoTime() - start;
					if (i % 2 == 1) {
						start = System.nanoTime();
						liaisonTotals[i] = search.search(request).total();
						liaison[i] = System.nanoTime() - start;
					}
				}
				double liaisonSeconds = Arrays.stream(liaison).sum() / 1e9;
				double luceneSeconds = Arrays.stream(lucene).sum() / 1e9;
				for (int i = 0; i < queries.size(); i++) {
					if (liaisonTotals[i] == 0) {
						QueryMix.Query query = queries.get(i);
						log("No hits: %s %s '%s' %s", query.kind(), query.language(), query.request().text(),
								query.request().filters());
					}
				}
				String report = Report.markdown(vocabulary, projects, news, writeSeconds, projectDocs / projectSeconds,
						news / newsSeconds, queries, liaison, lucene, liaisonSeconds, luceneSeconds, liaisonTotals,
						luceneHits, indexSize(data.resolve("index")));
				Files.createDirectories(output.toAbsolutePath().getParent());
				Files.writeString(output, report);
				System.out.println(report);
			}
		}
		finally {
			context.close();
			if (kept == null) {
				deleteQuietly(data);
			}
		}
	}

	private static double massIndex(SearchMapping mapping, Class<?> type) throws InterruptedException {
		log("Mass indexing %s…", type.getSimpleName());
		long start = System.nanoTime();
		mapping.scope(type).massIndexer().typesToIndexInParallel(1).threadsToLoadObjects(Integer.getInteger("bench.loaders", 2)).batchSizeToLoadObjects(500)
			.mergeSegmentsOnFinish(true).startAndWait();
		return (System.nanoTime() - start) / 1e9;
	}

	/** The search analyzers of the indexes, by field: the news index knows every text field but {@code label}. */
	private static Analyzer analyzer(SearchMapping mapping) {
		Analyzer news = mapping.indexManager("news").unwrap(LuceneIndexManager.class).searchAnalyzer();
		Analyzer projects = mapping.indexManager("project").unwrap(LuceneIndexManager.class).searchAnalyzer();
		return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
			@Override
			protected Analyzer getWrappedAnalyzer(String field) {
				return field.startsWith("label") ? projects : news;
			}
		};
	}

	private static long[] ids(JdbcTemplate jdbc, String vocabulary) {
		return jdbc.queryForList("select t.id from term t join vocabulary v on v.id = t.vocabulary_id where v.code = ?",
				Long.class, vocabulary).stream().mapToLong(Long::longValue).toArray();
	}

	private static long indexSize(Path root) throws java.io.IOException {
		try (var files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
		}
	}

	private static void deleteQuietly(Path directory) {
		try (var paths = Files.walk(directory)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (Exception ex) {
			// a benchmark's leftovers under target/ are harmless
		}
	}

	static void log(String format, Object... arguments) {
		System.out.printf("[bench] " + format + "%n", arguments);
	}



}
