#!/usr/bin/env bash
# Briefing benchmark: loads BENCH_PROJECTS generated projects into an embedded PostgreSQL (SQL
# COPY), then times the briefing of the partner with the most projects: gathering its data (and
# each of its aggregate queries) and the whole PDF. Writes bench/results/briefing.md. The issue's
# scale is BENCH_PROJECTS=1000000.
#
# BENCH_DATA=dir keeps the generated data in dir and reuses it on the next run with the same
# BENCH_PROJECTS (writing 1,000,000 projects takes minutes): new migrations are applied to it, the
# start-up search-index check is skipped (the briefing reads no index).
set -euo pipefail
cd "$(dirname "$0")/.."

projects="${BENCH_PROJECTS:-100000}"
runs="${BENCH_RUNS:-20}"
heap="${BENCH_HEAP:-2g}"

# A snapshot of the classes, so that a build during the run does not change them under it.
# BENCH_CLASSES=dir runs a snapshot taken earlier (by a run with BENCH_SNAPSHOT_ONLY=1) instead.
classes="${BENCH_CLASSES:-target/bench-classes}"
if [ -z "${BENCH_CLASSES:-}" ]; then
  ./mvnw -q -B test-compile
  ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
  rm -rf "$classes" && mkdir -p "$classes"
  cp -r target/classes "$classes/main" && cp -r target/test-classes "$classes/test"
  cp target/bench-classpath.txt "$classes/classpath.txt"
  if [ -n "${BENCH_SNAPSHOT_ONLY:-}" ]; then echo "Classes in $classes"; exit 0; fi
fi
mkdir -p bench/results
java -Xmx"$heap" ${BENCH_JAVA_OPTS:-} \
  -cp "$classes/test:$classes/main:$(cat "$classes/classpath.txt")" \
  -Dbench.projects="$projects" -Dbench.runs="$runs" -Dbench.output=bench/results/briefing.md \
  -Dbench.data="${BENCH_DATA:-}" \
  org.liaison.insight.bench.BriefingBenchmark
