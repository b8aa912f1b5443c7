package org.liaison.insight.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import org.liaison.LiaisonApplication;
import org.liaison.common.web.PageContext;
import org.liaison.insight.Briefing;
import org.liaison.insight.InsightService;
import org.liaison.insight.internal.PdfRenderer;
import org.liaison.partner.Partner;
import org.liaison.partner.PartnerService;
import org.liaison.project.ProjectFigureService;
import org.liaison.project.ProjectFigures;
import org.liaison.search.bench.BenchData;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How long the briefing of the partner with the most projects takes, with {@code bench.projects}
 * projects loaded: gathering its data (InsightService) and the whole PDF (template + renderer).
 * Writes bench/results/briefing.md. Issue 6's target: ≤ 1 s at 1,000,000 projects.
 */
public final class BriefingBenchmark {

	public static void main(String[] args) throws Exception {
		long projects = Long.getLong("bench.projects", 100_000);
		int runs = Integer.getInteger("bench.runs", 20);
		Path output = Path.of(System.getProperty("bench.output", "bench/results/briefing.md"));
		String kept = System.getProperty("bench.data", "");
		Path data = (kept.isBlank() ? Path.of("target", "bench-data", UUID.randomUUID().toString()) : Path.of(kept))
			.toAbsolutePath();
		Path marker = data.resolve("bench-projects.txt");
		boolean reuse = Files.exists(marker) && Files.readString(marker).strip().equals(Long.toString(projects));
		if (!reuse && Files.exists(data.resolve("postgres"))) {
			throw new IllegalStateException(data + " holds data of another run: remove it, or name another directory");
		}
		Map.of("liaison.database.data-directory", data.toString(), "liaison.database.url", "", "liaison.demo.enabled",
				"true", "logging.level.root", "warn", "spring.main.banner-mode", "off")
			.forEach(System::setProperty);
		SpringApplicationBuilder builder = new SpringApplicationBuilder(LiaisonApplication.class)
			.web(WebApplicationType.NONE);
		if (reuse) {
			// The generated rows were written by SQL and never indexed; the briefing reads no index.
			builder.initializers(context -> context.addBeanFactoryPostProcessor(factory -> {
				if (factory instanceof BeanDefinitionRegistry registry && registry.containsBeanDefinition("indexCheck")) {
					registry.removeBeanDefinition("indexCheck");
				}
			}));
		}
		ConfigurableApplicationContext context = builder.run();
		try {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			double writeSeconds = -1;
			if (!reuse) {
				long programme = jdbc.queryForObject("select min(id) from programme", Long.class);
				System.out.printf("Writing %,d projects (SQL COPY)…%n", projects);
				writeSeconds = BenchData.write(context.getBean(DataSource.class), data.resolve("csv"), projects, 0,
						programme, ids(jdbc, "policy-goals"), ids(jdbc, "d4d-priorities"));
				// what autovacuum does after a bulk import: statistics, and the visibility map index-only scans need
				jdbc.execute("vacuum analyze");
				if (!kept.isBlank()) {
					Files.writeString(marker, Long.toString(projects));
				}
			}
			else {
				System.out.printf("Reusing %,d projects in %s%n", projects, data);
			}
			String largest = jdbc.queryForObject("""
					select p.slug from partner p join project_country pc on pc.country_code = p.country_code
					group by p.slug order by count(*) desc limit 1""", String.class);
			long partnerProjects = jdbc.queryForObject("""
					select count(*) from project_country pc join partner p on p.country_code = pc.country_code
					where p.slug = ?""", Long.class, largest);
			Partner partner = context.getBean(PartnerService.class).partner(largest).orElseThrow();
			InsightService insight = context.getBean(InsightService.class);
			ProjectFigureService figures = context.getBean(ProjectFigureService.class);
			TemplateEngine templates = context.getBean(TemplateEngine.class);
			PdfRenderer renderer = context.getBean(PdfRenderer.class);
			PageContext page = new PageContext("en", "partners/" + largest + "/briefing.pdf", "", "http://localhost:8080",
					List.of("en", "hu"), context.getBean(MessageSource.class));
			ProjectFigures.Scope scope = new ProjectFigures.Scope(java.util.Set.of(partner.getCountry().getCode()),
					java.time.LocalDate.now());

			long[] dataNanos = new long[runs];
			long[] pdfNanos = new long[runs];
			Map<String, long[]> parts = new java.util.LinkedHashMap<>();
			List<Map.Entry<String, Runnable>> queries = List.of(
					Map.entry("key figures and projects per start year (`ProjectFigureService.figures`)",
							() -> figures.figures(scope)),
					Map.entry("30 active projects", () -> figures.activeProjects(scope, 30)),
					Map.entry("timeline milestones", () -> figures.milestones(scope, 25)));
			queries.forEach(q -> parts.put(q.getKey(), new long[runs]));
			int bytes = 0;
			for (int warmup = 0; warmup < 3; warmup++) {
				bytes = pdf(insight.briefingOf(partner), page, templates, renderer).length;
			}
			for (int i = 0; i < runs; i++) {
				long started = System.nanoTime();
				Briefing briefing = insight.briefingOf(partner);
				long gathered = System.nanoTime();
				bytes = pdf(briefing, page, templates, renderer).length;
				long done = System.nanoTime();
				dataNanos[i] = gathered - started;
				pdfNanos[i] = done - started;
				for (Map.Entry<String, Runnable> query : queries) {
					long before = System.nanoTime();
					query.getValue().run();
					parts.get(query.getKey())[i] = System.nanoTime() - before;
				}
			}
			write(output, projects, writeSeconds, largest, partnerProjects, runs, dataNanos, pdfNanos, bytes, parts);
			System.out.println(Files.readString(output));
		}
		finally {
			context.close();
		}
	}

	private static byte[] pdf(Briefing briefing, PageContext page, TemplateEngine templates, PdfRenderer renderer) {
		StringOutput html = new StringOutput();
		templates.render("insight/briefing-pdf.jte", Map.of("page", page, "briefing", briefing, "css", renderer.stylesheet()),
				html);
		return renderer.render(html.toString(), page.baseUrl() + "/");
	}

	private static void write(Path output, long projects, double writeSeconds, String partner, long partnerProjects,
			int runs, long[] dataNanos, long[] pdfNanos, int bytes, Map<String, long[]> parts) throws IOException {
		StringBuilder breakdown = new StringBuilder();
		parts.forEach((name, nanos) -> breakdown.append("| %s | %.0f ms | %.0f ms | %.0f ms |%n".formatted(name,
				ms(nanos, 50), ms(nanos, 95), ms(nanos, 100))));
		String written = (writeSeconds < 0) ? "reused from an earlier run (`BENCH_DATA`)"
				: "written by SQL COPY in %.1f s".formatted(writeSeconds);
		String report = """
				# Briefing benchmark

				Run by `bench/briefing.sh` on %s: %d cores, Java %s.

				Data: %,d generated projects (plus the demo data set), %s. The partner
				with the most projects is `%s`, with %,d of them. %d timed runs after 3 warm-ups, one at a time.

				| | p50 | p95 | max |
				| --- | ---: | ---: | ---: |
				| gathering the briefing (`InsightService.briefingOf`) | %.0f ms | %.0f ms | %.0f ms |
				| the whole PDF (data + template + openhtmltopdf, %,d bytes) | %.0f ms | %.0f ms | %.0f ms |

				Its database queries, each timed alone after the run above:

				| query | p50 | p95 | max |
				| --- | ---: | ---: | ---: |
				%s

				Target (issue 6): the briefing of the largest partner in ≤ 1 s with 1,000,000 projects loaded.
				Command: `BENCH_PROJECTS=%d bench/briefing.sh`.
				""".formatted(Instant.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				projects, written, partner, partnerProjects, runs, ms(dataNanos, 50), ms(dataNanos, 95),
				ms(dataNanos, 100), bytes, ms(pdfNanos, 50), ms(pdfNanos, 95), ms(pdfNanos, 100), breakdown.toString().strip(), projects);
		Files.createDirectories(output.getParent());
		Files.writeString(output, report);
	}

	private static double ms(long[] nanos, int percentile) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
	}

	private static long[] ids(JdbcTemplate jdbc, String vocabulary) {
		return jdbc.queryForList("select t.id from term t join vocabulary v on v.id = t.vocabulary_id where v.code = ?",
				Long.class, vocabulary).stream().mapToLong(Long::longValue).toArray();
	}

}
