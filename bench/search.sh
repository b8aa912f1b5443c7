#!/usr/bin/env bash
# Search benchmark: generates BENCH_PROJECTS projects and BENCH_NEWS news items in a fresh embedded
# PostgreSQL (by SQL), indexes them with the MassIndexer, runs BENCH_QUERIES queries in five languages
# through Liaison's SearchService and the same queries directly on Lucene, and writes
# bench/results/search.md. The issue's scale is BENCH_PROJECTS=1000000 BENCH_NEWS=100000.
# BENCH_JAVA_OPTS="-Dbench.data=DIR" keeps the generated database and index in DIR: a later run with
# the same DIR skips generation and indexing (and reports the first run's write and indexing rates).
# BENCH_JAVA_OPTS="-Dbench.vocabulary=uniform" draws texts and queries from some 35 words a language, each
# as likely as any other (the worst case: every query word matches a large share of the items); the
# default, realistic, draws the words of 400 real CORDIS records by their counts (and the other four
# languages on the same rank/frequency curve), and queries from content words by their counts.
set -euo pipefail
cd "$(dirname "$0")/.."

projects="${BENCH_PROJECTS:-100000}"
news="${BENCH_NEWS:-$((projects / 10))}"
queries="${BENCH_QUERIES:-1000}"
heap="${BENCH_HEAP:-4g}"

./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
mkdir -p bench/results
java -Xmx"$heap" -XX:+UseParallelGC ${BENCH_JAVA_OPTS:-} \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  -Dbench.projects="$projects" -Dbench.news="$news" -Dbench.queries="$queries" \
  -Dbench.output=bench/results/search.md \
  org.liaison.search.bench.SearchBenchmark
