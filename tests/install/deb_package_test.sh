#!/usr/bin/env bash
# Install.DebianPackageRuns: the Debian package CPack builds from this build, unpacked into a
# throwaway root (dpkg-deb -x: no root, nothing touched outside the temporary folder), runs as
# installed: its truce finds the data under the root's /usr/share/truce, ingests the examples,
# lists, searches and geocodes them. The package names itself and the libraries it needs, and
# puts the systemd units where systemd looks.
# Usage: deb_package_test.sh CPACK BUILD_DIR SOURCE_DIR
set -euo pipefail
cpack_bin=$1 build=$2 source=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "Install.DebianPackageRuns: $*" >&2; exit 1; }

(cd "$tmp" && "$cpack_bin" -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/pkg" >"$tmp/cpack.log" 2>&1) \
  || fail "cpack failed: $(tail -n 5 "$tmp/cpack.log")"
deb=$(find "$tmp/pkg" -maxdepth 1 -name 'truce_*.deb' | head -n 1)
[[ -n $deb ]] || fail "cpack made no truce_*.deb in $tmp/pkg"
[[ $(dpkg-deb --field "$deb" Package) == truce ]] || fail "the package is not named truce"
depends=$(dpkg-deb --field "$deb" Depends)
for lib in libsqlite3 libicu libxml2; do
  grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib: $depends"
done

dpkg-deb -x "$deb" "$tmp/root"
truce="$tmp/root/usr/bin/truce"
[[ -x $truce ]] || fail "no usr/bin/truce in the package"
[[ -f $tmp/root/usr/share/truce/openapi.json ]] || fail "no usr/share/truce/openapi.json"
[[ -f $tmp/root/usr/lib/systemd/system/truce-serve.service ]] \
  || fail "truce-serve.service is not in usr/lib/systemd/system"
unset TRUCE_DATA_DIR

"$truce" --db "$tmp/t.db" --quiet ingest "$source/examples" >/dev/null || fail "ingest failed"
reports=$("$truce" --db "$tmp/t.db" --json reports | grep -c '"id"' || true)
[[ $reports -gt 0 ]] || fail "no report listed after the ingest"
places=$("$truce" --db "$tmp/t.db" --json events | grep -c '"lat"' || true)
[[ $places -gt 0 ]] || fail "no geocoded event: the installed gazetteer was not read"
"$truce" --db "$tmp/t.db" search ceasefire | grep -qi ceasefire || fail "search found nothing"
"$truce" geocode Stepanakert | grep -q Stepanakert || fail "geocode found nothing"
echo "Install.DebianPackageRuns: $(basename "$deb") unpacked and ran from $tmp/root"
