#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for the tests: a data directory in a temporary folder, owned by
# an unprivileged user (initdb refuses root: as root the server runs as `nobody`), listening on
# 127.0.0.1 on a free port, trusted local connections only.
#
#   scripts/pg-test-server.sh start DIR   # prints the URL (postgresql://postgres@127.0.0.1:PORT/postgres)
#   scripts/pg-test-server.sh stop DIR
#
# scripts/test.sh starts one, exports TRUCE_TEST_PG_URL for ctest and stops it at exit.
set -euo pipefail

bin=/usr/lib/postgresql/15/bin
action=${1:-}
dir=${2:-}
if [[ -z $action || -z $dir ]]; then
  echo "usage: $0 start|stop DIR" >&2
  exit 2
fi

# Runs a server binary as the user who owns the data directory.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u nobody -- "$@"
  else
    "$@"
  fi
}


case $action in
  start)
    if [[ ! -x $bin/initdb ]]; then
      echo "pg-test-server: $bin/initdb not found (scripts/install-deps.sh installs postgresql-15)" >&2
      exit 1
    fi
    mkdir -p "$dir"
    # nobody must reach the folder: a private temporary parent would hide it.
    chmod 755 "$dir"
    [[ $(id -u) -eq 0 ]] && chown nobody "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
      >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    # A random local port; another one when it is taken (the server then fails to start).
    for attempt in 1 2 3 4 5; do
      port=$((20000 + RANDOM % 40000))
      # fsync off: a test server's data is thrown away, and fsyncs dominate a small test's time.
      if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off \
-c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null; then
        break
      fi
      if ((attempt == 5)); then
        cat "$dir/server.log" >&2
        exit 1
      fi
    done
    echo "postgresql://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    [[ -d $dir/data ]] && as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
