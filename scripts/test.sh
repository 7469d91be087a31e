#!/usr/bin/env bash
# Builds truce and runs every test (CTest: unit, golden and end-to-end tests).
# Tests that need ../shared skip without it, and fail without it when CI=true.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
ctest --test-dir build --output-on-failure -j"$(nproc)"
