#!/usr/bin/env bash
# How fast does Liaison import CORDIS data, against the fastest a PostgreSQL can take the same
# projects in? Generates N synthetic projects (deterministic, seed 42) as the CORDIS XML zip and CSV
# pair, imports the zip with `java -Xmx512m -jar liaison.jar import cordis`, then loads the same
# projects' project.csv with COPY into a bare table of the same PostgreSQL. Results go to
# bench/results/import.md (rows/s of both, their ratio, the import's peak RSS).
#
#   bench/import.sh                    # 100 000 projects
#   BENCH_PROJECTS=1000000 bench/import.sh
#   BENCH_SKIP_BUILD=1 bench/import.sh # use the jar and test classes in target/
#   BENCH_SKIP_WORK_FLOOR=1 bench/import.sh # without measuring the work under any import (ImportWorkFloor)
#   BENCH_JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/import.jfr" bench/import.sh # profile the import
#
# Needs java, psql, GNU time (/usr/bin/time) and a local PostgreSQL reachable as its postgres user
# (su postgres), as .ci/run sets up. Liaison, its PostgreSQL and psql share this
# machine's cores.
set -euo pipefail

cd "$(dirname "$0")/.."

PROJECTS="${BENCH_PROJECTS:-100000}"
HEAP="${BENCH_HEAP:-512m}"
INPUT="${BENCH_INPUT:-csv}"
RESULTS=bench/results/import.md

for tool in java psql /usr/bin/time; do
	command -v "$tool" >/dev/null 2>&1 || { echo "bench/import.sh: $tool is missing" >&2; exit 2; }
done

work="$(mktemp -d -t liaison-import-XXXXXX)"
cleanup() {
	rm -rf "$work"
}
trap cleanup EXIT

if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
	./mvnw -q -B package -DskipTests
fi
jar=target/liaison.jar

echo "Generating $PROJECTS projects…"
gen_start=$(date +%s.%N)
java -Xmx"$HEAP" -jar "$jar" generate cordis --projects "$PROJECTS" --seed 42 "$work/gen"
gen_end=$(date +%s.%N)
zip_size=$(du -h "$work/gen/cordis-projects-xml.zip" | cut -f1)
participants=$(($(python3 -c "import csv,sys; csv.field_size_limit(1<<30); print(sum(1 for _ in csv.reader(open('$work/gen/csv/organization.csv', encoding='utf-8'), delimiter=';')))") - 1))

# Both loads go to the machine's own PostgreSQL (as .ci/run starts it), in a scratch database that
# is dropped at the end: the same server, the same disk, for Liaison and for COPY.
DB=liaison_bench_import
ROLE=liaison_bench
PASSWORD=bench
su postgres -c "psql -q -v ON_ERROR_STOP=1" <<SQL >/dev/null
drop database if exists $DB;
do \$\$ begin
  if not exists (select from pg_roles where rolname = '$ROLE') then create role $ROLE login password '$PASSWORD'; end if;
end \$\$;
create database $DB owner $ROLE;
SQL
# BENCH_KEEP_DB=1 keeps the scratch database (with the floor_* copies of the imported rows) to study.
dropdb_on_exit() { [ -n "${BENCH_KEEP_DB:-}" ] || echo "drop database if exists $DB;" | su postgres -c "psql -q" >/dev/null 2>&1 || true; cleanup; }
trap dropdb_on_exit EXIT
psql_bench() { PGPASSWORD=$PASSWORD psql -h 127.0.0.1 -U $ROLE "$DB" "$@"; }

# The work under any import of these files to searchable, part by part, each alone (see
# ImportWorkFloor): reading the CSV pair, and the projects' search documents written by raw Lucene with
# the project index's own fields and analyzers. Runs before the import, on the same (still empty)
# database, which it only migrates.
if [ -z "${BENCH_SKIP_WORK_FLOOR:-}" ]; then
	echo "Measuring the work under any import (CSV reading, raw Lucene)…"
	./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
	mkdir -p "$work/floor-scratch"
	LIAISON_DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" LIAISON_DATABASE_USER=$ROLE LIAISON_DATABASE_PASSWORD=$PASSWORD \
		java -Xmx"${BENCH_FLOOR_HEAP:-3g}" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
		org.liaison.exchange.internal.ImportWorkFloor "$work/gen/csv" "$work/floor-scratch" "$work/work-floor.properties" \
		>"$work/work-floor.out" 2>&1 || { tail -20 "$work/work-floor.out" >&2; exit 1; }
	rm -rf "$work/floor-scratch"
fi

echo "Importing with Liaison (-Xmx$HEAP)…"
set +e
LIAISON_DATA_DIRECTORY="$work/data" LIAISON_DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" LIAISON_DATABASE_USER=$ROLE LIAISON_DATABASE_PASSWORD=$PASSWORD \
	/usr/bin/time -v -o "$work/time.txt" \
	java -Xmx"$HEAP" ${BENCH_JAVA_OPTS:-} -jar "$jar" import cordis "$(if [ "$INPUT" = xml ]; then echo "$work/gen/cordis-projects-xml.zip"; else echo "$work/gen/csv"; fi)" \
	>"$work/import.out" 2>"$work/import.err"
status=$?
set -e
cat "$work/import.out"
if [ "$status" -ne 0 ]; then
	echo "bench/import.sh: the import exited with $status" >&2
	tail -20 "$work/import.err" >&2
	exit 1
fi
summary=$(grep "CORDIS import of" "$work/import.out")
# "done in 1 min 23 s:" or "done in 45.2 s:"
import_seconds=$(echo "$summary" | sed -E 's/.*done in ([0-9]+) min ([0-9]+) s:.*/\1*60+\2/; s/.*done in ([0-9.]+) s:.*/\1/' | bc -l)
wall_seconds=$(grep "Elapsed (wall clock)" "$work/time.txt" | sed -E 's/.*: //' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
rss_kb=$(grep "Maximum resident set size" "$work/time.txt" | awk '{print $NF}')

echo "Loading the same projects with COPY…"
columns=$(head -1 "$work/gen/csv/project.csv" | tr -d '"' | tr ';' '\n' | sed -E 's/.*/"&" text/' | paste -sd, -)
psql_bench -q -c "create table bench_copy ($columns)"
copy_start=$(date +%s.%N)
psql_bench -q -c "\\copy bench_copy from '$work/gen/csv/project.csv' with (format csv, header true, delimiter ';')"
copy_end=$(date +%s.%N)
copied=$(psql_bench -tA -c "select count(*) from bench_copy")
imported=$(psql_bench -tA -c "select count(*) from project where source = 'cordis'")
participations=$(psql_bench -tA -c "select count(*) from participation")
server=$(psql_bench -tA -c "show server_version")

# The floor under any importer of this schema: the rows Liaison wrote, written again by PostgreSQL
# alone (one INSERT … SELECT per table from copies of them, in one transaction: no client, no
# parsing, no network), into the same tables with their indexes, constraints and triggers.
echo "Writing the same rows again by SQL alone (the schema's floor)…"
floor_tables="organisation project project_country project_term participation"
for table in $floor_tables; do
	psql_bench -q -c "create table floor_$table as select * from $table"
done
psql_bench -q -c "truncate participation, project_term, project_country, project_country_summary, project, organisation cascade"
floor_sql="\\timing on
begin;"
for table in $floor_tables; do
	floor_sql="$floor_sql
insert into $table select * from floor_$table;"
done
floor_start=$(date +%s.%N)
echo "$floor_sql
commit;" | psql_bench -q -v ON_ERROR_STOP=1 >"$work/floor.txt"
floor_end=$(date +%s.%N)
# "Time: 1234.567 ms" per statement: begin, each table's insert, commit
floor_split=$(grep -oE 'Time: [0-9.]+ ms' "$work/floor.txt" | awk '{print $2}' | paste -sd' ' -)
floor_by_table=$(set -- $floor_split; shift; for table in $floor_tables; do printf '%s %.1f s, ' "$table" "$(echo "$1 / 1000" | bc -l)"; shift; done; printf 'commit %.1f s' "$(echo "$1 / 1000" | bc -l)")
# And the same rows into bare tables (no index, constraint or trigger), the same way: what writing
# eleven-odd rows per project costs before any index is kept.
bare_sql="begin;"
for table in $floor_tables; do
	psql_bench -q -c "create table bare_$table as select * from floor_$table with no data"
	bare_sql="$bare_sql insert into bare_$table select * from floor_$table;"
done
bare_start=$(date +%s.%N)
psql_bench -q -v ON_ERROR_STOP=1 -c "$bare_sql commit;"
bare_end=$(date +%s.%N)
floor_rows=$(psql_bench -tA -c "select (select count(*) from project) || ' projects, ' || (select count(*) from participation) || ' participations, ' || (select count(*) from project_country) || ' project countries, ' || (select count(*) from project_term) || ' project terms, ' || (select count(*) from organisation) || ' organisations'")
# And the same rows as a bulk load would write them (pg_restore's way): the tables' secondary indexes
# and foreign keys dropped (their definitions kept), the summary's triggers off, the rows inserted, the
# indexes built again, the foreign keys added again (each checked by one scan), the country summary
# rebuilt by one query. What a running server's pages would do meanwhile is another matter: this is
# what the database's side of the work costs at its cheapest.
tables_sql=$(for table in $floor_tables; do printf "'%s'," "$table"; done | sed 's/,$//')
psql_bench -q -c "create table floor_summary as select * from project_country_summary where projects <> 0"
psql_bench -q -c "truncate participation, project_term, project_country, project_country_summary, project, organisation cascade" 2>/dev/null
bulk_start=$(date +%s.%N)
psql_bench -q -v ON_ERROR_STOP=1 >/dev/null <<SQL
begin;
create temp table bulk_definitions on commit drop as
  select 'index' as kind, c.relname as owner, i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
  from pg_index i join pg_class c on c.oid = i.indrelid
  where c.relname in ($tables_sql) and not i.indisprimary and not i.indisunique
  union all
  select 'fk', conrelid::regclass::text, conname, pg_get_constraintdef(oid)
  from pg_constraint where contype = 'f' and conrelid::regclass::text in ($tables_sql);
do \$\$ declare d record; begin
  for d in select * from bulk_definitions where kind = 'fk' loop
    execute format('alter table %I drop constraint %I', d.owner, d.name);
  end loop;
  for d in select * from bulk_definitions where kind = 'index' loop
    execute format('drop index %s', d.name);
  end loop;
end \$\$;
alter table project disable trigger user;
alter table project_country disable trigger user;
$(for table in $floor_tables; do echo "insert into $table select * from floor_$table;"; done)
set local maintenance_work_mem = '256MB';
do \$\$ declare d record; begin
  for d in select * from bulk_definitions where kind = 'index' loop
    execute d.definition;
  end loop;
  for d in select * from bulk_definitions where kind = 'fk' loop
    execute format('alter table %I add constraint %I %s', d.owner, d.name, d.definition);
  end loop;
end \$\$;
alter table project enable trigger user;
alter table project_country enable trigger user;
insert into project_country_summary (country_code, start_key, end_key, closed, projects)
  select n.country_code, coalesce(p.start_date, '-infinity'), coalesce(p.end_date, 'infinity'), p.status = 'CLOSED', count(*)
  from project_country n join project p on p.id = n.project_id
  where p.publication_status = 'PUBLISHED' group by 1, 2, 3, 4;
commit;
SQL
bulk_end=$(date +%s.%N)
summary_differs=$(psql_bench -tA -c "select count(*) from ((select * from floor_summary except select * from project_country_summary) union all (select * from project_country_summary except select * from floor_summary)) d")
if [ "$summary_differs" != 0 ]; then
	echo "bench/import.sh: the bulk load's country summary differs from the triggers' in $summary_differs rows" >&2
	exit 1
fi
bulk_check=$(psql_bench -tA -c "select (select count(*) from pg_indexes where tablename in ($tables_sql)) || ' indexes, ' || (select count(*) from pg_constraint where contype = 'f' and conrelid::regclass::text in ($tables_sql)) || ' foreign keys, ' || (select count(*) from project_country_summary) || ' summary rows'")

copy_seconds=$(echo "$copy_end - $copy_start" | bc -l)
floor_seconds=$(echo "$floor_end - $floor_start" | bc -l)
floor_rate=$(echo "$imported / $floor_seconds" | bc -l)
bare_seconds=$(echo "$bare_end - $bare_start" | bc -l)
bare_rate=$(echo "$imported / $bare_seconds" | bc -l)
liaison_rate=$(echo "$PROJECTS / $import_seconds" | bc -l)
copy_rate=$(echo "$copied / $copy_seconds" | bc -l)
ratio=$(echo "100 * $liaison_rate / $copy_rate" | bc -l)
floor_ratio=$(echo "100 * $floor_rate / $copy_rate" | bc -l)
bare_ratio=$(echo "100 * $bare_rate / $copy_rate" | bc -l)
bulk_seconds=$(echo "$bulk_end - $bulk_start" | bc -l)
bulk_rate=$(echo "$imported / $bulk_seconds" | bc -l)
bulk_ratio=$(echo "100 * $bulk_rate / $copy_rate" | bc -l)

mkdir -p bench/results
{
	echo "# CORDIS import: Liaison against PostgreSQL COPY"
	echo
	echo "Run $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(java -version 2>&1 | head -1 | tr -d '"'), by \`bench/import.sh\`."
	echo
	echo "Input: $PROJECTS synthetic projects (seed 42; \`liaison.jar generate cordis\`), zip of $zip_size,"
	echo "$participants participations. Liaison imported $imported projects and $participations participations"
	echo "from the $( [ "$INPUT" = xml ] && echo "XML zip" || echo "CSV pair (project.csv, organization.csv)") with \`-Xmx$HEAP\`, to searchable (each committed batch indexed); COPY loaded the same $copied projects from \`project.csv\` into a bare"
	echo "table of text columns, no indexes. Both on the machine's PostgreSQL $server, one scratch database."
	echo
	echo "| | rows/s | time |"
	echo "| --- | ---: | ---: |"
	printf '| Liaison import (%s → projects, organisations, participations, terms, search index) | %.0f | %.1f s |\n' "$INPUT" "$liaison_rate" "$import_seconds"
	printf '| PostgreSQL COPY (CSV → one bare table) | %.0f | %.1f s |\n' "$copy_rate" "$copy_seconds"
	echo
	printf 'Liaison reaches **%.1f %%** of COPY'"'"'s rate (target: at least 25 %%).\n' "$ratio"
	echo
	echo "The schema's floor, without Java: the rows the import wrote ($floor_rows),"
	echo "copied aside, the tables emptied, and the rows inserted again by one \`INSERT … SELECT\` per table in"
	echo "one transaction, with the tables' indexes, foreign keys and triggers (the search index not counted):"
	printf '%.1f s (%s), **%.0f projects/s, %.1f %%** of COPY'"'"'s rate: no importer that keeps this schema'"'"'s indexes,\n' "$floor_seconds" "$floor_by_table" "$floor_rate" "$floor_ratio"
	echo "foreign keys and triggers in place while it writes (as a running server's pages need them) can beat it"
	echo "on this machine. The same rows into bare tables (no index, constraint or trigger), the same way:"
	printf '%.1f s, %.0f projects/s, %.1f %% of COPY'"'"'s rate. And as a bulk load would write them (pg_restore'"'"'s way:\n' "$bare_seconds" "$bare_rate" "$bare_ratio"
	echo "secondary indexes and foreign keys dropped, the summary's triggers off, the rows inserted, the indexes built"
	echo "and the foreign keys added again, the country summary rebuilt by one query, all in one transaction):"
	printf '%.1f s, %.0f projects/s, %.1f %% of COPY'"'"'s rate (after it: %s).\n' "$bulk_seconds" "$bulk_rate" "$bulk_ratio" "$bulk_check"
	echo
	printf 'Peak RSS of the import process: **%.0f MB** (heap limit %s); the whole command, JVM start\n' "$(echo "$rss_kb / 1024" | bc -l)" "$HEAP"
	printf 'and stop included: %.1f s. Generating the data took %.1f s.\n' "$wall_seconds" "$(echo "$gen_end - $gen_start" | bc -l)"
	if [ -f "$work/work-floor.properties" ]; then
		prop() { grep "^$1=" "$work/work-floor.properties" | cut -d= -f2; }
		cores=$(nproc)
		# The target's time for these projects, and the CPU it leaves on this machine's cores.
		target_seconds=$(echo "$PROJECTS / (0.25 * $copy_rate)" | bc -l)
		budget=$(echo "$cores * $target_seconds" | bc -l)
		cold=$(echo "$(prop parse.cpu.1) + $(prop lucene.cpu.1) + $bare_seconds" | bc -l)
		warm=$(echo "$(prop parse.cpu.2) + $(prop lucene.cpu.2) + $bare_seconds" | bc -l)
		echo
		echo "## The work under any import to searchable, against the CPU the target leaves"
		echo
		printf 'At 25 %% of COPY'"'"'s rate these %s projects are imported in %.1f s: %d cores × %.1f s = **%.1f CPU-seconds** for\n' "$PROJECTS" "$target_seconds" "$cores" "$target_seconds" "$budget"
		echo "the importer and its PostgreSQL together. Three parts of the work no importer of these files to"
		echo "searchable can skip, each measured alone on this machine with nothing else running (\`ImportWorkFloor\`, CPU-seconds"
		echo "of its process; first run as one import pays it, JIT compiling; second run as a warm server would):"
		echo
		echo "| part | first run | second run |"
		echo "| --- | ---: | ---: |"
		printf '| reading the CSV pair (%s records, Commons CSV) | %.1f | %.1f |\n' "$(prop parse.records)" "$(prop parse.cpu.1)" "$(prop parse.cpu.2)"
		printf '| the %s projects'"'"' search documents, raw Lucene (the index'"'"'s fields and analyzers, %s threads, from memory) | %.1f | %.1f |\n' "$(prop lucene.documents)" "$(prop lucene.threads)" "$(prop lucene.cpu.1)" "$(prop lucene.cpu.2)"
		printf '| the rows into bare tables (PostgreSQL, one backend: at most these seconds of one core) | %.1f | %.1f |\n' "$bare_seconds" "$bare_seconds"
		printf '| **sum** | **%.1f** | **%.1f** |\n' "$cold" "$warm"
		echo
		printf 'The sum is %.0f %% (first run) and %.0f %% (second run) of the %.1f CPU-seconds the target leaves, before\n' "$(echo "100 * $cold / $budget" | bc -l)" "$(echo "100 * $warm / $budget" | bc -l)" "$budget"
		printf 'mapping, hashing, encoding the rows for COPY, and keeping the schema'"'"'s indexes, foreign keys and triggers\n'
		printf '(the floor above: %.1f s instead of %.1f s for the bare tables).\n' "$floor_seconds" "$bare_seconds"
	fi
} >"$RESULTS"
cat "$RESULTS"
