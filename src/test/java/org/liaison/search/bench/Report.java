package org.liaison.search.bench;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.liaison.search.SearchService;

/** The benchmark's Markdown report: latency percentiles per side and per kind of query, rates, targets. */
final class Report {

	private Report() {
	}

	static String markdown(Vocabulary vocabulary, long projects, long news, double writeSeconds, double projectRate,
			double newsRate, List<QueryMix.Query> queries, long[] liaison, long[] lucene, double liaisonSeconds,
			double luceneSeconds, long[] liaisonTotals, long luceneHits, long indexBytes) {
		double p95 = percentile(liaison, 95);
		double rawP95 = percentile(lucene, 95);
		StringBuilder out = new StringBuilder();
		out.append("# Search benchmark\n\n");
		out.append("Run by `bench/search.sh` on ").append(LocalDate.now()).append(", ")
			.append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
			.append(System.getProperty("java.version")).append(", max heap ")
			.append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MiB.\n\n");
		out.append(String.format("Data: %,d generated projects and %,d news items (plus the demo data set), written by "
				+ "SQL COPY in %.1f s; index %,d MiB. Queries: %d, one at a time, each through Liaison and on raw Lucene in turn (which goes first alternates), after %s warm-up round(s): %s; queries/s is one over the mean latency.%n%n",
				projects, news, writeSeconds, indexBytes / (1024 * 1024), queries.size(), Integer.getInteger("bench.warmups", 2), QueryMix.counts(queries)));
		out.append("Vocabulary (`-Dbench.vocabulary`): ").append(vocabulary.description()).append(".\n\n");
		out.append("| | p50 | p95 | p99 | queries/s | hits (sum) |\n| --- | --- | --- | --- | --- | --- |\n");
		out.append(row("Liaison `SearchService` (facets, snippets, labels)", liaison, liaisonSeconds,
				Arrays.stream(liaisonTotals).sum()));
		out.append(row("raw Lucene `IndexSearcher` (same query, top 20)", lucene, luceneSeconds, luceneHits));
		out.append(String.format("%nBoth count matches exactly up to %,d; above, Lucene stops counting (its total is that"
				+ " lower bound) and Liaison estimates the total and the facets from its facet sample, so the hit sums"
				+ " differ. Queries that found nothing through Liaison: %d of %d.%n", SearchService.EXACT_FACETS_UP_TO,
				Arrays.stream(liaisonTotals).filter(total -> total == 0).count(), queries.size()));
		out.append("\nBy kind of query, p50 / p95 (ms) through Liaison and on raw Lucene, and the queries that found"
				+ " nothing:\n\n| kind | n | Liaison p50 | Liaison p95 | raw p50 | raw p95 | no hits |\n"
				+ "| --- | --- | --- | --- | --- | --- | --- |\n");
		for (QueryMix.Kind kind : QueryMix.Kind.values()) {
			long[] times = new long[queries.size()];
			long[] rawTimes = new long[queries.size()];
			int n = 0;
			int withoutHits = 0;
			for (int i = 0; i < queries.size(); i++) {
				if (queries.get(i).kind() == kind) {
					rawTimes[n] = lucene[i];
					times[n++] = liaison[i];
					withoutHits += (liaisonTotals[i] == 0) ? 1 : 0;
				}
			}
			long[] these = Arrays.copyOf(times, n);
			long[] raw = Arrays.copyOf(rawTimes, n);
			out.append(String.format("| %s | %d | %.1f | %.1f | %.1f | %.1f | %d |%n", kind, n, percentile(these, 50),
					percentile(these, 95), percentile(raw, 50), percentile(raw, 95), withoutHits));
		}
		out.append(String.format("%nIndexing (MassIndexer, from PostgreSQL): %,.0f projects/s, %,.0f news items/s.%n%n",
				projectRate, newsRate));
		out.append("| target | measured | met |\n| --- | --- | --- |\n");
		out.append(String.format("| p95 ≤ 30 ms | %.1f ms | %s |%n", p95, p95 <= 30 ? "yes" : "no"));
		out.append(String.format("| Liaison / raw Lucene p95 ≤ 2 | %.2f | %s |%n", p95 / rawP95, p95 / rawP95 <= 2 ? "yes" : "no"));
		out.append(String.format("| indexing ≥ 5,000 projects/s | %,.0f | %s |%n", projectRate, projectRate >= 5000 ? "yes" : "no"));
		return out.toString();
	}

	private static String row(String name, long[] nanos, double seconds, long hits) {
		return String.format("| %s | %.1f ms | %.1f ms | %.1f ms | %.0f | %,d |%n", name, percentile(nanos, 50),
				percentile(nanos, 95), percentile(nanos, 99), nanos.length / seconds, hits);
	}

	static double percentile(long[] nanos, int percentile) {
		if (nanos.length == 0) {
			return 0;
		}
		long[] sorted = Arrays.copyOf(nanos, nanos.length);
		Arrays.sort(sorted);
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
	}


}
