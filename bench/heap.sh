#!/usr/bin/env bash
# Heap sizing bench (issue 9): serves an ingested data directory with each maximum heap in turn
# and loads the results page with wrk at 8 connections (bench/web-queries.lua, 20 hits per
# request), giving p50/p99 latency, requests per second and the server's peak resident memory
# (VmHWM) per heap. Rounds interleave the heaps so that drift on the machine hits all of them; each
# cell is the median over the rounds. Run on request, never as a test.
#
#   bench/heap.sh DATA_DIR [SECONDS_PER_RUN] [ROUNDS] [HEAP...]
#
# HEAP is a -Xmx value or "default" (the JVM's choice, a quarter of RAM). Example:
#   bench/heap.sh paperscope-data 10 3 default 1g 512m 256m 192m 128m
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:?usage: bench/heap.sh DATA_DIR [SECONDS] [ROUNDS] [HEAP...]}"
seconds="${2:-10}"
rounds="${3:-3}"
shift $(($# < 3 ? $# : 3))
heaps=("$@")
[ ${#heaps[@]} -gt 0 ] || heaps=(default 1g 512m 256m 192m 128m)
port="${BENCH_PORT:-18081}"
# shellcheck source=bin/jdk.sh
. "$root/bin/jdk.sh"
command -v wrk >/dev/null || { echo "bench/heap.sh: wrk is missing (apt-get install -y wrk)" >&2; exit 1; }
[ -d "$data/index" ] || { echo "bench/heap.sh: no index in $data" >&2; exit 1; }

to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'; }
median() { sort -g | awk '{ v[NR] = $1 } END { printf "%s", v[int((NR + 1) / 2)] }'; }
results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT

run_one() {
  local heap="$1" opts="" server out errors
  [ "$heap" = default ] || opts="-Xmx$heap"
  PAPERSCOPE_JAVA_OPTS="$opts" "$root/bin/paperscope" serve --data "$data" --port "$port" \
    >/tmp/paperscope-bench-heap.log 2>&1 &
  server=$!
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/" && break
    sleep 0.5
  done
  local java
  java=$(pgrep -P "$server" java || echo "$server")
  wrk -t 4 -c 8 -d 5s -s "$root/bench/web-queries.lua" "http://127.0.0.1:$port" -- /search "&limit=20" >/dev/null
  out="$(wrk -t 4 -c 8 -d "${seconds}s" --latency -s "$root/bench/web-queries.lua" \
    "http://127.0.0.1:$port" -- /search "&limit=20")"
  errors=$(grep -E 'Non-2xx|Socket errors' <<<"$out" || true)
  [ -z "$errors" ] || echo "bench/heap.sh: $heap: $errors" >&2
  echo "$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")") $(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")") $(awk '$1 == "Requests/sec:" { print $2 }' <<<"$out") $(awk '$1 == "VmHWM:" { printf "%.0f", $2 / 1024 }' "/proc/$java/status")" \
    >>"$results/$heap"
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
}

for round in $(seq 1 "$rounds"); do
  for heap in "${heaps[@]}"; do
    echo "round $round/$rounds: -Xmx $heap" >&2
    run_one "$heap"
  done
done

echo "| max heap | p50 ms | p99 ms | requests/s | peak RSS MB |"
echo "|---|---:|---:|---:|---:|"
for heap in "${heaps[@]}"; do
  f="$results/$heap"
  echo "| $heap | $(cut -d' ' -f1 "$f" | median) | $(cut -d' ' -f2 "$f" | median) | $(cut -d' ' -f3 "$f" | median) | $(cut -d' ' -f4 "$f" | median) |"
done
