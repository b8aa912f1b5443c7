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
import org.liaison.search.bench.BenchData;

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
		Path data = Path.of("target", "bench-data", UUID.randomUUID().toString()).toAbsolutePath();
		Map.of("liaison.database.data-directory", data.toString(), "liaison.database.url", "", "liaison.demo.enabled",
				"true", "logging.level.root", "warn", "spring.main.banner-mode", "off")
			.forEach(System::setProperty);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(LiaisonApplication.class)
			.web(WebApplicationType.NONE)
			.run();
		try {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			long programme = jdbc.queryForObject("select min(id) from programme", Long.class);
			System.out.printf("Writing %,d projects (SQL COPY)…%n", projects);
			double writeSeconds = BenchData.write(context.getBean(DataSource.class), data.resolve("csv"), projects, 0,
					programme, ids(jdbc, "policy-goals"), ids(jdbc, "d4d-priorities"));
			jdbc.execute("analyze");
			String largest = jdbc.queryForObject("""
					select p.slug from partner p join project_country pc on pc.country_code = p.country_code
					group by p.slug order by count(*) desc limit 1""", String.class);
			long partnerProjects = jdbc.queryForObject("""
					select count(*) from project_country pc join partner p on p.country_code = pc.country_code
					where p.slug = ?""", Long.class, largest);
			Partner partner = context.getBean(PartnerService.class).partner(largest).orElseThrow();
			InsightService insight = context.getBean(InsightService.class);
			TemplateEngine templates = context.getBean(TemplateEngine.class);
			PdfRenderer renderer = context.getBean(PdfRenderer.class);
			PageContext page = new PageContext("en", "partners/" + largest + "/briefing.pdf", "", "http://localhost:8080",
					List.of("en", "hu"), context.getBean(MessageSource.class));

			long[] dataNanos = new long[runs];
			long[] pdfNanos = new long[runs];
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
			}
			write(output, projects, writeSeconds, largest, partnerProjects, runs, dataNanos, pdfNanos, bytes);
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
			int runs, long[] dataNanos, long[] pdfNanos, int bytes) throws IOException {
		String report = """
				# Briefing benchmark

				Run by `bench/briefing.sh` on %s: %d cores, Java %s.

				Data: %,d generated projects (plus the demo data set), written by SQL COPY in %.1f s. The partner
				with the most projects is `%s`, with %,d of them. %d timed runs after 3 warm-ups, one at a time.

				| | p50 | p95 | max |
				| --- | ---: | ---: | ---: |
				| gathering the briefing (`InsightService.briefingOf`) | %.0f ms | %.0f ms | %.0f ms |
				| the whole PDF (data + template + openhtmltopdf, %,d bytes) | %.0f ms | %.0f ms | %.0f ms |

				Target (issue 6): the briefing of the largest partner in ≤ 1 s with 1,000,000 projects loaded.
				Command: `BENCH_PROJECTS=%d bench/briefing.sh`.
				""".formatted(Instant.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				projects, writeSeconds, partner, partnerProjects, runs, ms(dataNanos, 50), ms(dataNanos, 95),
				ms(dataNanos, 100), bytes, ms(pdfNanos, 50), ms(pdfNanos, 95), ms(pdfNanos, 100), projects);
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
