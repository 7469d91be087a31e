#!/usr/bin/env bash
# Throughput of `truce worker` on a PostgreSQL store: a generated war corpus is ingested with
# --queue (stored, not extracted), then extracted by 1 worker, and again (fresh database) by 2
# workers at once. Prints wall-clock seconds, CPU seconds of the workers and of the server, and
# reports and sentences per second. Uses $TRUCE_TEST_PG_URL, or starts a throwaway server.
#
#   bench/pg-workers.sh [SENTENCES]        # default 20000
set -euo pipefail
cd "$(dirname "$0")/.."
sentences=${1:-20000}
truce=build/truce
work=$(mktemp -d /tmp/truce-pg-bench.XXXXXX)
cleanup() {
  [[ -n ${pg_dir:-} ]] && scripts/pg-test-server.sh stop "$pg_dir"
  rm -rf "$work"
}
trap cleanup EXIT
if [[ -z ${TRUCE_TEST_PG_URL:-} ]]; then
  pg_dir=$(mktemp -d /tmp/truce-pg.XXXXXX)
  TRUCE_TEST_PG_URL=$(scripts/pg-test-server.sh start "$pg_dir")
fi
base=$TRUCE_TEST_PG_URL
admin() { PGOPTIONS='-c client_min_messages=warning' psql -X -q -d "$base" -c "$1" >/dev/null; }
db_url() { echo "${base%/*}/$1"; }

build/bench/make-war-corpus "$work/corpus" --sentences "$sentences" >/dev/null
mb=$(du -sm "$work/corpus" | cut -f1)
echo "corpus: $sentences sentences, $(find "$work/corpus" -type f | wc -l) files, ${mb} MB"

# CPU ticks the server's processes have used so far: their own and their exited children's
# (a backend's time goes to the postmaster's when its connection closes).
server_cpu() {
  local pid t ticks=0
  for pid in $(pgrep -f "postgres" || true); do
    t=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$pid/stat" 2>/dev/null) || continue
    [[ -n $t ]] && ticks=$((ticks + t))  # a backend may end between pgrep and awk
  done
  echo "$ticks"
}

for workers in 1 2; do
  name=truce_bench_$workers
  admin "DROP DATABASE IF EXISTS $name WITH (FORCE)"
  admin "CREATE DATABASE $name TEMPLATE template0"
  url=$(db_url "$name")
  start=$(date +%s.%N)
  "$truce" --db "$url" --quiet ingest --queue "$work/corpus" >/dev/null
  ingest_s=$(echo "$(date +%s.%N) - $start" | bc)
  reports=$("$truce" --db "$url" --json reports | grep -c '"id"')
  cpu_before=$(server_cpu)
  start=$(date +%s.%N)
  for ((w = 1; w <= workers; w++)); do
    /usr/bin/time -f "%U %S" -o "$work/time.$w" \
      "$truce" --db "$url" --quiet worker --drain --batch 16 --poll 0.2 --name "w$w" >/dev/null &
  done
  wait
  wall=$(echo "$(date +%s.%N) - $start" | bc)
  server=$(echo "scale=2; ($(server_cpu) - $cpu_before) / $(getconf CLK_TCK)" | bc)
  cpu=$(cat "$work"/time.* | awk '{s += $1 + $2} END {printf "%.2f", s}')
  rm -f "$work"/time.*
  printf "%d worker(s): ingest --queue %.1f s; extraction of %d reports: %.1f s wall, " \
    "$workers" "$ingest_s" "$reports" "$wall"
  printf "%s s worker CPU, %s s server CPU; %.0f reports/s, %.0f sentences/s (wall)\n" \
    "$cpu" "$server" "$(echo "$reports / $wall" | bc -l)" "$(echo "$sentences / $wall" | bc -l)"
  if ((workers == 1)); then
    echo "table sizes (with indexes and TOAST):"
    psql -X -q -d "$url" -At -F ' ' -c "SELECT relname, pg_size_pretty(pg_total_relation_size(oid))
      FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace
      ORDER BY pg_total_relation_size(oid) DESC LIMIT 6" | sed 's/^/  /'
  fi
  admin "DROP DATABASE $name WITH (FORCE)"
done
