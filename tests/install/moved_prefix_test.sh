#!/usr/bin/env bash
# Install.MovedPrefixRuns: `cmake --install` to a temporary prefix, move the prefix, and run the
# installed truce there: it finds its data beside itself (an ingest geocodes, `geocode` answers),
# and a file missing from the moved prefix is named with the moved path (so the data really
# comes from there, not from the source tree).
# Usage: moved_prefix_test.sh CMAKE BUILD_DIR SOURCE_DIR
set -euo pipefail
cmake_bin=$1 build=$2 source=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$cmake_bin" --install "$build" --prefix "$tmp/first" >/dev/null
mv "$tmp/first" "$tmp/moved"
truce="$tmp/moved/bin/truce"
unset TRUCE_DATA_DIR

"$truce" --db "$tmp/t.db" --quiet ingest "$source/examples" >/dev/null
places=$("$truce" --db "$tmp/t.db" --json events | grep -c '"lat"' || true)
[ "$places" -gt 0 ] || { echo "no geocoded event after ingest from the moved prefix"; exit 1; }
"$truce" geocode Stepanakert | grep -q Stepanakert || { echo "geocode found nothing"; exit 1; }
[ -f "$tmp/moved/share/truce/openapi.json" ] || { echo "openapi.json not installed"; exit 1; }

rm "$tmp/moved/share/truce/data/furniture.tsv"
if out=$("$truce" --db "$tmp/t2.db" ingest "$source/examples" 2>&1); then
  echo "ingest worked without the installed furniture.tsv: data not read from the prefix"; exit 1
fi
grep -q "$tmp/moved/share/truce/data/furniture.tsv" <<<"$out" \
  || { echo "error does not name the moved prefix: $out"; exit 1; }
echo "installed, moved and ran from $tmp/moved"
