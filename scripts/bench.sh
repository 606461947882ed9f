#!/usr/bin/env bash
# Runs the benchmarks in tests/bench on a release build. Not part of CI.
# Usage: scripts/bench.sh [cases]   (default 100000)
# Start-up, journaling and search (tests/bench/bench_search.cpp).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
scripts/build.sh release akta akta-cli bench_startup bench_pdfpreview
build/release/tests/bench/bench_startup --cases "${1:-100000}"
build/release/tests/bench/bench_pdfpreview
scripts/build.sh release akta-extract
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
