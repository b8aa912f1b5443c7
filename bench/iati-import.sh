#!/usr/bin/env bash
# How fast does Liaison import IATI activity files, schema check included, and in how much memory?
# Writes one IATI 2.03 file of N activities (the IATI annotated example, comments stripped, each
# with its own identifier; ~6 KB an activity), imports it twice into a fresh embedded database with
# `java -Xmx256m -jar liaison.jar import iati` (first run: all created; second: all unchanged),
# and writes bench/results/iati-import.md (activities/s of both runs, peak RSS).
#
#   bench/iati-import.sh                     # 5 000 activities
#   BENCH_ACTIVITIES=50000 bench/iati-import.sh
#   BENCH_SKIP_BUILD=1 bench/iati-import.sh  # use the jar in target/
#
# Needs java, python3 and GNU time (/usr/bin/time).
set -euo pipefail

cd "$(dirname "$0")/.."

ACTIVITIES="${BENCH_ACTIVITIES:-5000}"
HEAP="${BENCH_HEAP:-256m}"
RESULTS=bench/results/iati-import.md
SAMPLE=src/test/resources/iati/samples/activity-standard-example-annotated.xml

for tool in java python3 /usr/bin/time; do
	command -v "$tool" >/dev/null 2>&1 || { echo "bench/iati-import.sh: $tool is missing" >&2; exit 2; }
done

work="$(mktemp -d -t liaison-iati-XXXXXX)"
trap 'rm -rf "$work"' EXIT

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
	./mvnw -q -B package -DskipTests
fi
jar=target/liaison.jar

python3 - "$SAMPLE" "$ACTIVITIES" "$work/activities.xml" <<'PY'
import re, sys
sample, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
text = re.sub(r"<!--.*?-->", "", open(sample, encoding="utf-8").read(), flags=re.S)
start = text.index("<iati-activity ")
end = text.index("</iati-activity>") + len("</iati-activity>")
head, activity, tail = text[:start], text[start:end], text[end:]
with open(out, "w", encoding="utf-8") as f:
    f.write(head)
    for i in range(count):
        f.write(activity.replace("AA-AAA-123456789-ABC123", "XX-BENCH-%07d" % i))
        f.write("\n")
    f.write(tail)
PY
size=$(du -h "$work/activities.xml" | cut -f1)

run() {
	LIAISON_DATA_DIRECTORY="$work/data" /usr/bin/time -f "%M" -o "$work/rss-$1" \
		java -Xmx"$HEAP" -jar "$jar" import iati "$work/activities.xml" > "$work/out-$1" 2>&1 || true
	cat "$work/out-$1" >&2
}
run first
run second

seconds() { sed -n 's/.* done in \([0-9.]*\) s:.*/\1/p; s/.* done in \([0-9]*\) min \([0-9]*\) s:.*/\1 \2/p' "$1" \
	| awk 'NF==1{print $1} NF==2{print $1*60+$2}'; }
first=$(seconds "$work/out-first")
second=$(seconds "$work/out-second")
rate() { awk -v n="$ACTIVITIES" -v s="$1" 'BEGIN { if (s > 0) printf "%.0f", n / s; else print "?" }'; }

mkdir -p bench/results
{
	echo "# IATI import"
	echo
	echo "$(date -u +%Y-%m-%dT%H:%MZ) · $(nproc) cores · java -Xmx$HEAP · $ACTIVITIES activities in one file ($size) · commit $(git rev-parse --short HEAD)"
	echo
	echo "| run | import time (schema check + import, without start-up) | activities/s | peak RSS |"
	echo "| --- | --- | --- | --- |"
	echo "| first (all created) | ${first} s | $(rate "$first") | $(( $(cat "$work/rss-first") / 1024 )) MB |"
	echo "| second (all unchanged) | ${second} s | $(rate "$second") | $(( $(cat "$work/rss-second") / 1024 )) MB |"
	echo
	echo "Summary lines:"
	echo
	echo '```'
	grep -h "^imported\|^refused\|IATI import of" "$work/out-first" "$work/out-second"
	echo '```'
} > "$RESULTS"
cat "$RESULTS"
