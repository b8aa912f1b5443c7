#!/usr/bin/env bash
# How far is a Liaison page from the fastest it could be served? For each page, wrk measures
# Liaison rendering it and nginx serving the same bytes as a static file; results go to
# bench/results/pages.md.
#
#   bench/pages.sh                      # 20 s per measurement, 10 s JIT warm-up per page
#   BENCH_DURATION=5s BENCH_WARMUP=2s bench/pages.sh
#   BENCH_PAGES='news|/en/news;search|/en/search?q=5G' bench/pages.sh   # other pages: name|path;…
#
# Needs java, curl, wrk and nginx (Debian's nginx-light; .ci/run installs it). Everything runs on
# this machine's loopback: Liaison, nginx and wrk share its cores, which the results note.
set -euo pipefail

cd "$(dirname "$0")/.."

DURATION="${BENCH_DURATION:-20s}"
WARMUP="${BENCH_WARMUP:-10s}"
THREADS=2
CONNECTIONS=16
RESULTS=bench/results/pages.md
# name|path: the pages measured
PAGES=(
	"home|/en/"
	"partner (Australia)|/en/partners/australia"
	"project list|/en/projects"
)
if [ -n "${BENCH_PAGES:-}" ]; then
	IFS=';' read -r -a PAGES <<<"$BENCH_PAGES"
fi

for tool in java curl wrk nginx; do
	command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] || {
		echo "bench/pages.sh: $tool is missing (apt-get install wrk nginx-light curl)" >&2
		exit 2
	}
done
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

work="$(mktemp -d -t liaison-bench-XXXXXX)"
app_pid=""
nginx_pid=""
stop_all() {
	if [ -n "$nginx_pid" ] && kill -0 "$nginx_pid" 2>/dev/null; then
		kill "$nginx_pid" 2>/dev/null || true
		wait "$nginx_pid" 2>/dev/null || true
	fi
	if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
		# SIGTERM: Liaison shuts down and stops its embedded PostgreSQL
		kill "$app_pid" 2>/dev/null || true
		wait "$app_pid" 2>/dev/null || true
	fi
	rm -rf "$work"
}
trap stop_all EXIT
trap 'exit 130' INT TERM

free_port() {
	local port
	while :; do
		port=$((20000 + RANDOM % 40000))
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
			echo "$port"
			return
		fi
	done
}

# wrk prints latencies as 812.00us, 3.41ms or 1.02s: all in ms here
to_ms() {
	awk -v v="$1" 'BEGIN {
		n = v + 0
		if (v ~ /us$/) n = n / 1000
		else if (v ~ /ms$/) n = n
		else if (v ~ /m$/) n = n * 60000
		else if (v ~ /s$/) n = n * 1000
		printf "%.2f", n
	}'
}

# measure URL OUTFILE: runs wrk, leaves "req/s p50 p99 errors" in OUTFILE
measure() {
	local url="$1" out="$2" log="$2.wrk"
	wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$url" >"$log"
	local rps p50 p99 errors
	rps="$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$log")"
	p50="$(to_ms "$(awk '$1 == "50%" { print $2 }' "$log")")"
	p99="$(to_ms "$(awk '$1 == "99%" { print $2 }' "$log")")"
	errors="$(awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ { n += 1 } END { print n + 0 }' "$log")"
	echo "$rps $p50 $p99 $errors" >"$out"
}

echo "==> Building the jar"
./mvnw -q -B package -DskipTests </dev/null

app_port="$(free_port)"
echo "==> Starting Liaison on port $app_port (demo data on, data in $work/data)"
LIAISON_DEMO=true LIAISON_DATA_DIRECTORY="$work/data" java ${BENCH_JAVA_OPTS:-} -jar target/liaison.jar \
	--server.port="$app_port" >"$work/liaison.log" 2>&1 </dev/null &
app_pid=$!
ready=""
for _ in $(seq 1 360); do
	if ! kill -0 "$app_pid" 2>/dev/null; then
		echo "bench/pages.sh: Liaison exited during start-up; the end of its log:" >&2
		tail -n 30 "$work/liaison.log" >&2
		exit 1
	fi
	if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$app_port/actuator/health/readiness")" = 200 ]; then
		ready=yes
		break
	fi
	sleep 0.5
done
[ -n "$ready" ] || { echo "bench/pages.sh: Liaison was not ready within 180 s" >&2; exit 1; }
echo "    ready"

mkdir -p "$work/www"
nginx_port="$(free_port)"
cat >"$work/nginx.conf" <<EOF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 1024; }
http {
	access_log off;
	default_type text/html;
	sendfile on;
	client_body_temp_path $work/nginx-body;
	proxy_temp_path $work/nginx-proxy;
	fastcgi_temp_path $work/nginx-fastcgi;
	uwsgi_temp_path $work/nginx-uwsgi;
	scgi_temp_path $work/nginx-scgi;
	server {
		listen 127.0.0.1:$nginx_port;
		root $work/www;
	}
}
EOF
# nginx's workers drop root for nobody: let them read the pages
chmod 755 "$work" "$work/www"
"$NGINX" -c "$work/nginx.conf" -g 'daemon off;' &
nginx_pid=$!

rows=()
failures=()
index=0
for page in "${PAGES[@]}"; do
	name="${page%%|*}"
	path="${page#*|}"
	index=$((index + 1))
	file="page-$index.html"
	status="$(curl -s -o "$work/www/$file" -w '%{http_code}' "http://127.0.0.1:$app_port$path")"
	if [ "$status" != 200 ]; then
		echo "==> $name ($path): HTTP $status, not measured" >&2
		failures+=("$path answered HTTP $status")
		rows+=("| $name \`$path\` | HTTP $status: not measured | | | | | | |")
		continue
	fi
	chmod 644 "$work/www/$file"
	bytes="$(wc -c <"$work/www/$file")"
	echo "==> $name ($path, $bytes bytes): warm-up $WARMUP, then $DURATION each for Liaison and nginx"
	wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "http://127.0.0.1:$app_port$path" >/dev/null
	measure "http://127.0.0.1:$app_port$path" "$work/app-$index"
	measure "http://127.0.0.1:$nginx_port/$file" "$work/nginx-$index"
	read -r app_rps app_p50 app_p99 app_errors <"$work/app-$index"
	read -r ngx_rps ngx_p50 ngx_p99 ngx_errors <"$work/nginx-$index"
	ratio="$(awk -v a="$app_rps" -v n="$ngx_rps" 'BEGIN { if (n > 0) printf "%.3f", a / n; else print "n/a" }')"
	note=""
	[ "$app_errors" = 0 ] || note=" ($app_errors errors)"
	[ "$ngx_errors" = 0 ] || note="$note (nginx: $ngx_errors errors)"
	echo "    Liaison $app_rps req/s, p50 $app_p50 ms, p99 $app_p99 ms; nginx $ngx_rps req/s, p50 $ngx_p50 ms, p99 $ngx_p99 ms"
	rows+=("| $name \`$path\` ($bytes B) | $app_rps$note | $app_p50 | $app_p99 | $ngx_rps | $ngx_p50 | $ngx_p99 | $ratio |")
done

commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
git diff --quiet HEAD 2>/dev/null || commit="$commit (with uncommitted changes)"
mkdir -p "$(dirname "$RESULTS")"
{
	echo "# Pages: Liaison against nginx serving the same bytes"
	echo
	echo "Written by \`bench/pages.sh\`. Each page is fetched once from Liaison (demo data on); nginx then"
	echo "serves those bytes as a static file, the ceiling for that page on this machine. wrk: $THREADS threads,"
	echo "$CONNECTIONS connections, $DURATION per measurement, no compression; Liaison had a $WARMUP warm-up per page."
	echo "Liaison, its embedded PostgreSQL, nginx and wrk all share the machine's cores."
	echo
	echo "| page | Liaison req/s | Liaison p50 ms | Liaison p99 ms | nginx req/s | nginx p50 ms | nginx p99 ms | Liaison/nginx throughput |"
	echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
	printf '%s\n' "${rows[@]}"
	echo
	echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
	echo "- machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
	echo "- java: $(java -version 2>&1 | head -n 1)"
	echo "- nginx: $("$NGINX" -v 2>&1 | sed 's/^nginx version: //'); wrk: $(wrk -v 2>&1 | head -n 1 | awk '{ print $1, $2 }')"
	echo "- commit: $commit"
	if [ "${#failures[@]}" -gt 0 ]; then
		echo "- not measured: $(printf '%s; ' "${failures[@]}" | sed 's/; $//')"
	fi
} >"$RESULTS"
echo "==> Wrote $RESULTS"

if [ "${#failures[@]}" -gt 0 ]; then
	echo "bench/pages.sh: some pages did not answer 200: ${failures[*]}" >&2
	exit 1
fi
