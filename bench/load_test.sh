#!/usr/bin/env bash
# The HTTP API under load (issue 11, point 12), run by hand: `truce serve` over the seed reports
# and a generated corpus of at least 100,000 incidents, driven by wrk (Debian package) with a mix
# of the dashboard's reads for 30 s. Fails if any request errs or answers other than 2xx/3xx, or
# if fewer than 1,000 requests a second were answered; prints wrk's latency percentiles.
#   bench/load_test.sh [BUILD_DIR]      (default build; the database is kept in BUILD_DIR/load.db)
# Environment: DURATION (30s), CONNECTIONS (32), THREADS (2), INCIDENTS (100000).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
duration=${DURATION:-30s}
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}
want_incidents=${INCIDENTS:-100000}
truce="$build/truce"
db="$build/load.db"
corpus="$build/load-corpus"
command -v wrk >/dev/null || { echo "load_test: wrk is not installed (scripts/install-deps.sh)" >&2; exit 1; }
[[ -x $truce && -x $build/bench/make-war-corpus ]] || { echo "load_test: build $build first" >&2; exit 1; }

incidents() {  # in facts and in facts_recent, the latest not merged yet (docs/storage.md)
  sqlite3 "$db" "SELECT (SELECT count(*) FROM facts WHERE kind = 'incident')
                 + (SELECT count(*) FROM facts_recent WHERE kind = 'incident')" 2>/dev/null || echo 0
}

# The store: the seeds (when ../shared is there), then generated corpora until enough incidents.
if (($(incidents) < want_incidents)); then
  rm -f "$db" "$db"-wal "$db"-shm
  if [[ -d ../shared/seeds ]]; then "$truce" --db "$db" --quiet ingest ../shared/seeds || true; fi
  seed=1
  while (($(incidents) < want_incidents)); do
    rm -rf "$corpus"
    "$build/bench/make-war-corpus" "$corpus" --sentences 100000 --seed "$seed" >/dev/null
    "$truce" --db "$db" --quiet ingest "$corpus"
    echo "load_test: $(incidents) incidents after corpus $seed"
    seed=$((seed + 1))
  done
  rm -rf "$corpus"
fi
reports=$(sqlite3 "$db" "SELECT count(*) FROM reports")
echo "load_test: $db holds $reports reports, $(incidents) incidents"

# The server, on a free port, without the per-client limit (wrk is one client).
log=$(mktemp)
"$truce" --db "$db" serve --api-only --listen 127.0.0.1:0 --rate-limit 1000000 >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -f "$log" "$script"' EXIT
port=""
for _ in $(seq 100); do
  port=$(grep -oE '127\.0\.0\.1:[0-9]+' "$log" | head -n 1 | cut -d: -f2 || true)
  [[ -n $port ]] && break
  sleep 0.1
done
[[ -n $port ]] || { echo "load_test: the server did not start: $(cat "$log")" >&2; exit 1; }

# What the dashboard asks: health, pages of reports, one report with its evidence, events in
# the map's box and by side, claims, a search.
script=$(mktemp --suffix=.lua)
cat >"$script" <<EOF
local paths = {
  "/api/health",
  "/api/reports?limit=50",
  "/api/reports?limit=50&offset=5000",
  "/api/reports/%d",
  "/api/events?limit=100&bbox=44,38,51,42",
  "/api/events?limit=100&side=Armenia&since=2020-10-01",
  "/api/claims?limit=100",
  "/api/reports?limit=20&q=shelling",
}
local n = 0
request = function()
  n = n + 1
  local path = paths[(n % #paths) + 1]
  if path:find("%%d") then path = string.format(path, (n * 7919) % $reports + 1) end
  return wrk.format("GET", path)
end
done = function(summary, latency, requests)
  io.write(string.format("errors: connect %d, read %d, write %d, timeout %d, status %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.timeout, summary.errors.status))
end
EOF
out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$script" "http://127.0.0.1:$port")
echo "$out"
rate=$(awk '/^Requests\/sec:/ {print int($2)}' <<<"$out")
errors=$(awk '/^errors:/ {print $3+$5+$7+$9+$11}' <<<"$out" | tr -d ,)
if ((errors > 0)) || grep -q "Non-2xx" <<<"$out"; then
  echo "load_test: FAILED: requests failed" >&2
  exit 1
fi
if ((rate < 1000)); then
  echo "load_test: FAILED: $rate requests/s, below 1,000" >&2
  exit 1
fi
kill -0 "$server" || { echo "load_test: FAILED: the server died" >&2; exit 1; }
echo "load_test: $rate requests/s, no errors"
