package org.liaison.project.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import org.liaison.LiaisonApplication;
import org.liaison.admin.AdminFrame;
import org.liaison.common.web.PageContext;
import org.liaison.project.ProgrammeEditor;
import org.liaison.project.ProjectEditor;
import org.liaison.project.ProjectList;
import org.liaison.project.ProjectStatus;
import org.liaison.security.LiaisonUser;
import org.liaison.security.Role;
import org.liaison.common.PublicationStatus;
import org.liaison.project.ProjectFilter;
import org.liaison.project.ProjectPage;
import org.liaison.project.ProjectService;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * How long the back office's project list takes with {@code bench.projects} projects: the data of
 * one page ({@link ProjectEditor#list}: the page's ids by an index, the capped count, the projects
 * with programme and countries) and the whole page rendered by its template, for the first page,
 * filtered pages and a page deep in the list (by its keyset cursor). The projects are written by one
 * {@code INSERT … SELECT generate_series} into a fresh embedded PostgreSQL with the demo data.
 * Writes bench/results/admin.md. Target (issue 3): each under 100 ms at 1,000,000 projects.
 */
public final class ProjectListBenchmark {

	public static void main(String[] args) throws Exception {
		long projects = Long.getLong("bench.projects", 1_000_000);
		int runs = Integer.getInteger("bench.runs", 30);
		Path output = Path.of(System.getProperty("bench.output", "bench/results/admin.md"));
		Path data = Path.of("target", "bench-data", UUID.randomUUID().toString()).toAbsolutePath();
		Map.of("liaison.database.data-directory", data.toString(), "liaison.database.url", "", "liaison.demo.enabled",
				"true", "logging.level.root", "warn", "spring.main.banner-mode", "off")
			.forEach(System::setProperty);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(LiaisonApplication.class)
			.web(WebApplicationType.NONE)
			.run();
		try {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			System.out.printf("Writing %,d projects (INSERT … SELECT generate_series)…%n", projects);
			long started = System.nanoTime();
			long programme = jdbc.queryForObject("select min(id) from programme", Long.class);
			jdbc.update("""
					insert into project (id, slug, acronym, title, summary, programme_id, status, start_date, end_date,
					                     eu_contribution, eu_contribution_currency)
					select 2000000 + n, 'generated-' || n, 'G' || upper(to_hex(n * 7919 % 16777216)) || n % 97,
					       jsonb_build_object('en', (array['Data', 'Health', 'Climate', 'Energy', 'Water', 'Skills', 'Cyber',
					           'Satellite', 'Mobile', 'Farming', 'Cities', 'Science'])[1 + n % 12] || ' cooperation '
					           || substr(md5(n::text), 1, 10), 'hu', 'Generált projekt ' || n),
					       '{"en": "Generated for the list benchmark."}'::jsonb,
					       case when n % 5 = 0 then null else ?::bigint end,
					       (array['PLANNED', 'ONGOING', 'CLOSED'])[1 + n % 3],
					       date '2000-01-01' + (n * 37 % 9500)::int, date '2003-01-01' + (n * 37 % 9500)::int,
					       100000 + n % 5000000, 'EUR'
					from generate_series(1, ?) n""", programme, projects);
			jdbc.update("""
					insert into project_country (project_id, country_code, position)
					select 2000000 + n, (array['KE', 'UG', 'TZ', 'ZA', 'SN', 'GH', 'NG', 'JP', 'AU', 'US', 'IN', 'BR', 'MX',
					           'ID', 'VN', 'MA', 'UA', 'GE'])[1 + (n + i * 5) % 18], i
					from generate_series(1, ?) n, generate_series(0, 1) i""", projects);
			// a few profiles not public, as while editors prepare them: 1 in 500 a draft or in review
			jdbc.update("""
					update project set publication_status = case when id % 1000 = 0 then 'DRAFT' else 'IN_REVIEW' end
					where id > 2000000 and id % 500 = 0""");
			jdbc.execute("analyze");
			double writeSeconds = (System.nanoTime() - started) / 1e9;
			long total = jdbc.queryForObject("select count(*) from project", Long.class);

			ProjectEditor editor = context.getBean(ProjectEditor.class);
			ProgrammeEditor programmes = context.getBean(ProgrammeEditor.class);
			TemplateEngine templates = context.getBean(TemplateEngine.class);
			String programmeSlug = jdbc.queryForObject("select slug from programme where id = ?", String.class, programme);
			PageContext page = new PageContext("en", "admin/projects", "", "http://localhost:8080", List.of("en", "hu"),
					context.getBean(MessageSource.class));
			AdminFrame frame = AdminFrame.of(new LiaisonUser(1, "bench", null, Role.OFFICER, true, false, false),
					new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "bench-token"));

			Map<String, ProjectList.Query> cases = new LinkedHashMap<>();
			cases.put("first page, latest start first", query(null, null, null, null, null, ProjectList.Sort.START));
			cases.put("first page, by acronym", query(null, null, null, null, null, ProjectList.Sort.ACRONYM));
			cases.put("text \"climate\" (1 in 12 titles)", query("climate", null, null, null, null, ProjectList.Sort.START));
			String acronym = jdbc.queryForObject("select acronym from project where id = 2000000 + ?", String.class,
					projects / 2);
			String fragment = acronym.substring(0, Math.min(5, acronym.length()));
			cases.put("text \"" + fragment + "\" (part of one acronym)", query(fragment, null, null, null, null,
					ProjectList.Sort.START));
			cases.put("country KE", query(null, null, "KE", null, null, ProjectList.Sort.START));
			cases.put("programme + status", query(null, programmeSlug, null, ProjectStatus.CLOSED, null,
					ProjectList.Sort.START));
			cases.put("year 2015, country KE", query(null, null, "KE", null, 2015, ProjectList.Sort.START));
			cases.put("public profiles in draft", new ProjectList.Query(null, null, null, null, PublicationStatus.DRAFT, null,
					ProjectList.Sort.START, null, null));
			cases.put("published profiles, country KE", new ProjectList.Query(null, null, "KE", null,
					PublicationStatus.PUBLISHED, null, ProjectList.Sort.START, null, null));
			cases.put("deep page (row ~" + (total * 9 / 10) + "), latest start first", deep(jdbc, total * 9 / 10,
					ProjectList.Sort.START));
			cases.put("deep page (row ~" + (total * 9 / 10) + "), by acronym", deep(jdbc, total * 9 / 10,
					ProjectList.Sort.ACRONYM));

			// the portal's list (published profiles only), at the same scale
			ProjectService portal = context.getBean(ProjectService.class);
			Map<String, ProjectFilter> portalCases = new LinkedHashMap<>();
			portalCases.put("portal: all projects, first page", new ProjectFilter(null, null, null, null, null));
			portalCases.put("portal: country KE, first page", ProjectFilter.byCountry("KE"));
			List<String> portalRows = new ArrayList<>();
			for (Map.Entry<String, ProjectFilter> entry : portalCases.entrySet()) {
				for (int warmup = 0; warmup < 5; warmup++) {
					portal.find(entry.getValue(), 1);
				}
				long[] nanos = new long[runs];
				ProjectPage found = null;
				for (int i = 0; i < runs; i++) {
					long t0 = System.nanoTime();
					found = portal.find(entry.getValue(), 1);
					nanos[i] = System.nanoTime() - t0;
				}
				portalRows.add("| %s | %d | %s | %.1f ms | %.1f ms | — | — |".formatted(entry.getKey(),
						found.projects().size(), String.format("%,d", found.total()), ms(nanos, 50), ms(nanos, 95)));
			}

			List<String> rows = new ArrayList<>();
			for (Map.Entry<String, ProjectList.Query> entry : cases.entrySet()) {
				long[] dataNanos = new long[runs];
				long[] pageNanos = new long[runs];
				ProjectList list = null;
				for (int warmup = 0; warmup < 5; warmup++) {
					render(templates, page, frame, editor.list(entry.getValue()), entry.getValue(), programmes);
				}
				for (int i = 0; i < runs; i++) {
					long t0 = System.nanoTime();
					list = editor.list(entry.getValue());
					long t1 = System.nanoTime();
					render(templates, page, frame, list, entry.getValue(), programmes);
					long t2 = System.nanoTime();
					dataNanos[i] = t1 - t0;
					pageNanos[i] = t2 - t0;
				}
				rows.add("| %s | %d | %s | %.1f ms | %.1f ms | %.1f ms | %.1f ms |".formatted(entry.getKey(),
						list.projects().size(), switch (list.countKind()) {
							case EXACT -> String.format("%,d", list.count());
							case MORE_THAN -> "> " + String.format("%,d", list.count());
							case ESTIMATE -> "≈ " + String.format("%,d", list.count());
						},
						ms(dataNanos, 50), ms(dataNanos, 95), ms(pageNanos, 50), ms(pageNanos, 95)));
				System.out.println(rows.get(rows.size() - 1));
			}
			rows.addAll(portalRows);
			write(output, total, writeSeconds, runs, rows, projects);
			System.out.println(Files.readString(output));
		}
		finally {
			context.close();
		}
	}

	static ProjectList.Query query(String text, String programme, String country, ProjectStatus status, Integer year,
			ProjectList.Sort sort) {
		return new ProjectList.Query(text, programme, country, status, year, sort, null, null);
	}

	/** The cursor a reader would hold after paging to about row {@code row}: the key and id of that row. */
	static ProjectList.Query deep(JdbcTemplate jdbc, long row, ProjectList.Sort sort) {
		String sql = (sort == ProjectList.Sort.ACRONYM)
				? "select lower(acronym), id from project order by lower(acronym), id offset ? limit 1"
				: "select coalesce(start_date, date '0001-01-01')::text, id from project "
						+ "order by coalesce(start_date, date '0001-01-01') desc, id desc offset ? limit 1";
		return jdbc.queryForObject(sql, (rs, n) -> new ProjectList.Query(null, null, null, null, null, sort,
				rs.getString(1), rs.getLong(2)), row);
	}

	static String render(TemplateEngine templates, PageContext page, AdminFrame frame, ProjectList list,
			ProjectList.Query query, ProgrammeEditor programmes) {
		StringOutput html = new StringOutput();
		Map<String, Object> parameters = new java.util.HashMap<>();
		parameters.put("page", page);
		parameters.put("admin", frame);
		parameters.put("list", list);
		parameters.put("query", query);
		parameters.put("programmes", programmes.all());
		templates.render("admin/projects/list.jte", parameters, html);
		return html.toString();
	}

	private static void write(Path output, long total, double writeSeconds, int runs, List<String> rows, long generated)
			throws IOException {
		String report = """
				# Back-office project list benchmark

				Run by `bench/admin.sh` on %s: %d cores, Java %s, embedded PostgreSQL 17 (the test binaries).

				Data: %,d projects in all (%,d generated plus the demo data set), written by one `INSERT … SELECT
				generate_series` (and two countries each) in %.1f s, then `ANALYZE`. %d timed runs per case after 5
				warm-ups, one at a time, in one JVM. "Data" is `ProjectEditor.list` (ids of the page by an index, the
				count capped at 1,000 — or the planner's estimate without a filter —, the 25 projects with programme
				and countries); "page" adds rendering `admin/projects/list.jte`. Paging is by keyset: a deep page is
				read from the last row of the page before it, never with an offset. 1 project in 500 has a public
				profile in draft or in review; "portal" rows are the public list (`ProjectService.find`: published
				profiles only, an exact count, an offset page), data only.

				| case | rows | count shown | data p50 | data p95 | page p50 | page p95 |
				| --- | ---: | ---: | ---: | ---: | ---: | ---: |
				%s

				Target (issue 3): each under 100 ms with 1,000,000 projects.
				Command: `BENCH_PROJECTS=%d bench/admin.sh` (under `flock /work/bench.lock`).
				""".formatted(Instant.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				total, generated, writeSeconds, runs, String.join("\n", rows), generated);
		Files.createDirectories(output.getParent());
		Files.writeString(output, report);
	}

	private static double ms(long[] nanos, int percentile) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
	}

}
