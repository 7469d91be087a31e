#!/usr/bin/env bash
# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer (clang, build-asan/),
# then every libFuzzer target for a short while (scripts/fuzz.sh). Run by CI after scripts/test.sh.
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
  # The dashboard's browser test exercises the web page, not our C++: the main suite runs it.
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-asan --output-on-failure -j"$(nproc)" -E '^Dashboard\.'
fi
scripts/fuzz.sh "${1:-15}"
