#!/usr/bin/env bash
# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer (clang, build-asan/),
# then every libFuzzer target for a short while (scripts/fuzz.sh), from the same build. Run by CI
# after scripts/test.sh.
#   scripts/test-sanitize.sh [FUZZ_SECONDS]   (default 15 per target)
# SANITIZE_SUITE=0 skips the suite: only the fuzz targets are built and run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# Optimised, or the suite would take several times as long under the sanitizers.
CC=clang-14 CXX=clang++-14 cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DTRUCE_SANITIZE=ON -DTRUCE_FUZZ=ON -DTRUCE_BUILD_BENCH=OFF >/dev/null
if [[ ${SANITIZE_SUITE:-1} == 0 ]]; then
  cmake --build build-asan -j"$(nproc)" --target fuzz
else
  cmake --build build-asan -j"$(nproc)" --target all fuzz
  # The PostgreSQL store's tests need a server, as in scripts/test.sh.
  if [[ -z ${TRUCE_TEST_PG_URL:-} ]]; then
    pg_dir=$(mktemp -d /tmp/truce-pg.XXXXXX)
    trap 'scripts/pg-test-server.sh stop "$pg_dir"' EXIT
    TRUCE_TEST_PG_URL=$(scripts/pg-test-server.sh start "$pg_dir")
    export TRUCE_TEST_PG_URL
  fi
  # Left to the main suite (README, Reliability): the dashboard's browser test exercises the web
  # page, not our C++.
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-asan --output-on-failure -j"$(nproc)" -E '^Dashboard\.'
fi
scripts/fuzz.sh "${1:-15}"
