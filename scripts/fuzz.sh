#!/usr/bin/env bash
# Runs libFuzzer targets built by scripts/test-sanitize.sh (build-asan/fuzz/*_fuzz), each for
# SECONDS (default 20), seeded from the test data and examples, with its dictionary.
#   scripts/fuzz.sh [SECONDS] [TARGET...]     e.g. scripts/fuzz.sh 600 html feed
# Each target's corpus grows in build-asan/fuzz-corpus/TARGET (kept between runs); a crash leaves
# its input in build-asan/fuzz-crashes/ and fails the script. Inputs up to 1 MB, so that deep
# nesting is reachable.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
shift || true
all=(html feed jsonl reader furniture phrases extract observations)
targets=("$@")
if ((${#targets[@]} == 0)); then targets=("${all[@]}"); fi
build=build-asan

seeds_of() {
  case $1 in
    html) echo tests/data/ingest/*.html tests/data/ingest/pages/* examples/html/* ;;
    feed) echo tests/data/ingest/*.xml examples/feeds/* ;;
    jsonl) echo tests/data/ingest/*.jsonl examples/jsonl/* ;;
    reader) echo tests/data/ingest/* examples/*/* ;;
    furniture | phrases | extract) echo examples/text/*.txt examples/world/*.txt ;;
    observations) echo tests/data/observations/*.json ;;
  esac
}
dict_of() {
  case $1 in
    html | reader) echo fuzz/dict/html.dict ;;
    feed) echo fuzz/dict/xml.dict ;;
    jsonl | observations) echo fuzz/dict/json.dict ;;
    *) echo fuzz/dict/text.dict ;;
  esac
}

mkdir -p "$build/fuzz-crashes"
status=0
for t in "${targets[@]}"; do
  bin="$build/fuzz/${t}_fuzz"
  [[ -x $bin ]] || { echo "fuzz: $bin is not built (scripts/test-sanitize.sh)" >&2; exit 1; }
  corpus="$build/fuzz-corpus/$t"
  mkdir -p "$corpus"
  for f in $(seeds_of "$t"); do [[ -f $f ]] && cp -n "$f" "$corpus/" 2>/dev/null || true; done
  echo "== $t: ${seconds}s"
  if ! ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    "$bin" -max_total_time="$seconds" -max_len=1048576 -timeout=30 -rss_limit_mb=4096 \
    -dict="$(dict_of "$t")" -artifact_prefix="$build/fuzz-crashes/${t}-" -print_final_stats=1 \
    "$corpus" 2>"$build/fuzz-$t.log"; then
    echo "fuzz: $t failed; see $build/fuzz-$t.log and $build/fuzz-crashes/" >&2
    tail -n 40 "$build/fuzz-$t.log" >&2
    status=1
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|cov: " "$build/fuzz-$t.log" | tail -n 3
done
exit $status
