#!/usr/bin/env bash
# Builds the web dashboard (web/) into build/web, where `truce serve` finds it. Needs the npm
# packages (scripts/install-deps.sh). Extra arguments go to vite build.
set -euo pipefail
cd "$(dirname "$0")/.."
TRUCE_WEB_OUT="${TRUCE_WEB_OUT:-$PWD/build/web}" npx --no-install vite build --config web/vite.config.mjs "$@"
