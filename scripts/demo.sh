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
