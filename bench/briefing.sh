#!/usr/bin/env bash
# Briefing benchmark: loads BENCH_PROJECTS generated projects into a fresh embedded PostgreSQL (SQL
# COPY), then times the briefing of the partner with the most projects: gathering its data and the
# whole PDF. Writes bench/results/briefing.md. The issue's scale is BENCH_PROJECTS=1000000.
set -euo pipefail
cd "$(dirname "$0")/.."

projects="${BENCH_PROJECTS:-100000}"
runs="${BENCH_RUNS:-20}"
heap="${BENCH_HEAP:-2g}"

./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
mkdir -p bench/results
java -Xmx"$heap" ${BENCH_JAVA_OPTS:-} \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  -Dbench.projects="$projects" -Dbench.runs="$runs" -Dbench.output=bench/results/briefing.md \
  org.liaison.insight.bench.BriefingBenchmark
