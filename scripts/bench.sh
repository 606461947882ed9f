#!/usr/bin/env bash
# Runs the benchmarks in tests/bench on a release build. Not part of CI.
# Usage: scripts/bench.sh [cases]   (default 100000)
# Start-up, PDF preview, journaling, search (tests/bench/bench_search.cpp), then the sync server under
# 200 concurrent clients.
# The sync benchmark (tests/bench/bench_sync.sh) seeds its own server with 100,000 cases and 1,000,000 documents.
set -euo pipefail
cd "$(dirname "$0")/.."
# Every store is encrypted: the benchmark stores (kept between runs) share one key file of their own.
export AKTA_KEY_FILE="${AKTA_KEY_FILE:-${TMPDIR:-/tmp}/akta-bench.key}"
scripts/setup-deps.sh
scripts/build.sh release akta akta-cli bench_startup bench_pdfpreview
build/release/tests/bench/bench_startup --cases "${1:-100000}"
build/release/tests/bench/bench_pdfpreview
scripts/build.sh release akta-extract export_pdfs bench_crypt
tests/bench/bench_journal.sh 1000 build/release
# Search: the demo municipality (seeded once into /tmp/akta-bench-N, shared with the start-up benchmark),
# our index against a plain unicode61 FTS5 table on the same texts, then the CLI's own benchmark.
scripts/build.sh release bench_search
store="/tmp/akta-bench-${1:-100000}"
if [ ! -f "$store/akta.db" ]; then
    build/release/cli/akta-cli demo seed --store "$store" --cases "${1:-100000}"
fi
build/release/tests/bench/bench_search --store "$store" --queries tests/bench/search_queries.txt
build/release/cli/akta-cli bench search --store "$store" --queries tests/bench/search_queries.txt --json
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
# Encrypted against plain in the same run: journaling, startup to first page, search p95, blobs.
build/release/tests/bench/bench_crypt --documents 5000 --queries 400
