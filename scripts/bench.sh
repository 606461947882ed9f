#!/usr/bin/env bash
# Runs the benchmarks in tests/bench on a release build. Not part of CI.
# Usage: scripts/bench.sh [cases]   (default 100000); ends with the sync server under 200 concurrent clients
# The sync benchmark (tests/bench/bench_sync.sh) seeds its own server with 100,000 cases and 1,000,000 documents.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
scripts/build.sh release akta akta-cli bench_startup
build/release/tests/bench/bench_startup --cases "${1:-100000}"
scripts/build.sh release akta-extract
tests/bench/bench_journal.sh 1000 build/release
scripts/build.sh release akta-server
tests/bench/bench_sync.sh 100000 1000000 build/release
# The sync server under 200 concurrent simulated desktops, on SQLite and on a throwaway PostgreSQL cluster.
scripts/build.sh release akta-server bench_server_sync
build/release/tests/bench/bench_server_sync --clients 200 --rounds 20
pg_dir="$(mktemp -d "${TMPDIR:-/tmp}/akta-pg.XXXXXX")"
trap 'scripts/pg-test-cluster.sh stop "$pg_dir"; rm -rf "$pg_dir"' EXIT
pg_url="$(scripts/pg-test-cluster.sh start "$pg_dir")"
psql "$pg_url" -qc "CREATE DATABASE akta_bench"
build/release/tests/bench/bench_server_sync --clients 200 --rounds 20 --db "${pg_url%/postgres}/akta_bench"
