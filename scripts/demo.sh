#!/usr/bin/env bash
# The main job on a fresh machine: install what is missing, build, then ingest the project's own
# example reports into a new embedded store and show what was stored.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
db=build/demo.db
rm -f "$db" "$db-wal" "$db-shm"
truce() { build/truce --db "$db" "$@"; }
set -x
truce ingest examples/
truce ingest examples/ || true   # the second time, every report is already stored
truce reports
truce search "S-300"
truce events
truce claims
truce show 7 --evidence
truce geocode Zenglan --near AZ
truce incidents                                   # one incident across many reports, graded
truce ceasefire list                              # ceasefires found, with alleged violations
truce ledger --about Armenia --category tanks     # a side's claimed losses over time
truce sitrep --date 2020-10-13                    # a daily situation report
set +x
echo
echo "To look at it: build/truce serve --db $db, then open http://127.0.0.1:8080"
