#!/usr/bin/env bash
# Builds truce and runs every test (CTest: unit, golden and end-to-end tests).
# Tests that need ../shared skip without it, and fail without it when CI=true; the PostgreSQL
# tests run against a server started here (scripts/pg-test-server.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
# A throwaway PostgreSQL server for the PostgreSQL store's tests, unless one is given.
if [[ -z ${TRUCE_TEST_PG_URL:-} ]]; then
  pg_dir=$(mktemp -d /tmp/truce-pg.XXXXXX)
  trap 'scripts/pg-test-server.sh stop "$pg_dir"' EXIT
  TRUCE_TEST_PG_URL=$(scripts/pg-test-server.sh start "$pg_dir")
  export TRUCE_TEST_PG_URL
fi
ctest --test-dir build --output-on-failure -j"$(nproc)"
