#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on 127.0.0.1 for the test suite and prints its URL.
# Installs Debian's postgresql package when the server binaries are missing (needs root).
# Usage: eval "$(scripts/test-postgres.sh)"   # exports SUMMITRY_TEST_POSTGRES_URL
set -euo pipefail

PORT="${SUMMITRY_TEST_POSTGRES_PORT:-54329}"
DATA="${SUMMITRY_TEST_POSTGRES_DIR:-/tmp/summitry-test-pg}"

bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

if [ -z "$(bin_dir)" ]; then
    echo "installing postgresql (Debian package)" >&2
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } >&2
fi
BIN="$(bin_dir)"
[ -n "$BIN" ] || { echo "postgresql server binaries not found" >&2; exit 1; }

as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if ! as_postgres "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    rm -rf "$DATA"
    mkdir -p "$DATA"
    [ "$(id -u)" = 0 ] && chown postgres "$DATA"
    as_postgres "$BIN/initdb" -D "$DATA" -A trust -U summitry >/dev/null
    as_postgres "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w \
        -o "-p $PORT -k $DATA -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
    as_postgres "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U summitry summitry_test
fi
echo "export SUMMITRY_TEST_POSTGRES_URL=postgresql+psycopg://summitry@127.0.0.1:$PORT/summitry_test"
