#!/usr/bin/env bash
# Web speed bench (issue 4): serves an ingested data directory with `paperscope serve`, loads the
# results page and the search API with wrk (Debian package) at 1, 8 and 64 connections, rotating
# a fixed mix of queries (bench/web-queries.lua), 20 hits per request on both (the page's size),
# and prints a Markdown table of p50/p99 latency, requests per second and the server's resident
# memory. JVM options for the server: PAPERSCOPE_JAVA_OPTS (e.g. -Xmx512m). Run on request, never
# as a test.
#
#   bench/web.sh [DATA_DIR] [SECONDS_PER_RUN]
#
# DATA_DIR defaults to ./paperscope-data; ingest the demo corpus first with
#   bin/paperscope demo --no-serve --data DATA_DIR
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:-$root/paperscope-data}"
seconds="${2:-15}"
port="${BENCH_PORT:-18080}"
# shellcheck source=bin/jdk.sh
. "$root/bin/jdk.sh"

command -v wrk >/dev/null || { echo "bench/web.sh: wrk is missing (apt-get install -y wrk)" >&2; exit 1; }
[ -d "$data/index" ] || { echo "bench/web.sh: no index in $data; run bin/paperscope demo --no-serve --data $data" >&2; exit 1; }

"$root/bin/paperscope" serve --data "$data" --port "$port" >/tmp/paperscope-bench-web.log 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "http://127.0.0.1:$port/" && break
  sleep 0.5
done
curl -fs -o /dev/null "http://127.0.0.1:$port/" || { echo "bench/web.sh: server did not start; see /tmp/paperscope-bench-web.log" >&2; exit 1; }

rss_mb() { awk -v f="$1" '$1 == f":" { printf "%.0f", $2 / 1024 }' "/proc/$server/status"; }

# Warm-up: JIT and page cache, 10 s per target at 8 connections; not reported.
for path in /search /api/v1/search; do
  wrk -t 4 -c 8 -d 10s -s "$root/bench/web-queries.lua" "http://127.0.0.1:$port" -- "$path" "&limit=20" >/dev/null
done

to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'; }
median() { sort -g | awk '{ v[NR] = $1 } END { printf "%s", v[int((NR + 1) / 2)] }'; }

# One wrk run; appends "p50_ms p99_ms requests_per_s" to the file for (path, connections).
measure() {
  local path="$1" connections="$2" threads out
  threads=$(( connections < 4 ? connections : 4 ))
  out="$(wrk -t "$threads" -c "$connections" -d "${seconds}s" --latency -s "$root/bench/web-queries.lua" \
    "http://127.0.0.1:$port" -- "$path" "&limit=20")"
  grep -E 'Non-2xx|Socket errors' <<<"$out" | sed "s|^|bench/web.sh: $path c=$connections: |" >&2 || true
  echo "$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")") $(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")") $(awk '$1 == "Requests/sec:" { print $2 }' <<<"$out")" \
    >>"$results/$(tr / _ <<<"$path")-$connections"
}

results="$(mktemp -d)"
rss_max=0
for connections in 1 8 64; do
  # The two targets alternate, three runs each, so drift (JIT, GC, a noisy neighbour) hits both.
  for _ in 1 2 3; do
    for path in /search /api/v1/search; do
      measure "$path" "$connections"
      rss="$(rss_mb VmRSS)"
      [ "$rss" -gt "$rss_max" ] && rss_max="$rss"
    done
  done
done

echo "| target | connections | p50 ms | p99 ms | requests/s |"
echo "|---|---:|---:|---:|---:|"
for path in /search /api/v1/search; do
  for connections in 1 8 64; do
    file="$results/$(tr / _ <<<"$path")-$connections"
    printf '| `%s` | %d | %s | %s | %.0f |\n' "$path" "$connections" \
      "$(awk '{ print $1 }' "$file" | median)" "$(awk '{ print $2 }' "$file" | median)" "$(awk '{ print $3 }' "$file" | median)"
  done
done
rm -rf "$results"
echo
echo "Medians of 3 alternating runs of ${seconds} s, 20 hits per request. Server RSS: at most ${rss_max} MB after a run, peak (VmHWM) $(rss_mb VmHWM) MB."
echo "$(nproc) CPUs ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), shared with wrk · $("$JAVA_HOME/bin/java" -version 2>&1 | head -1) · JVM options: ${PAPERSCOPE_JAVA_OPTS:-none}"
