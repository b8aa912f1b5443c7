#!/usr/bin/env bash
# Back-office project list benchmark: BENCH_PROJECTS generated projects (default 1,000,000) written
# by SQL into a fresh embedded PostgreSQL with the demo data, then the list's first page, filtered
# pages and deep pages timed in-process (data and rendered page). Writes bench/results/admin.md.
# Heavy: run it alone, under the shared lock: flock /work/bench.lock bench/admin.sh
set -euo pipefail
cd "$(dirname "$0")/.."

projects="${BENCH_PROJECTS:-1000000}"
runs="${BENCH_RUNS:-30}"
heap="${BENCH_HEAP:-1g}"

./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
mkdir -p bench/results
java -Xmx"$heap" ${BENCH_JAVA_OPTS:-} \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  -Dbench.projects="$projects" -Dbench.runs="$runs" -Dbench.output=bench/results/admin.md \
  org.liaison.project.bench.ProjectListBenchmark
