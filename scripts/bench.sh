#!/usr/bin/env bash
# Runs the benchmarks in tests/bench on a release build. Not part of CI.
# Usage: scripts/bench.sh [cases]   (default 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
# Every store is encrypted: the benchmark stores (kept between runs) share one key file of their own.
export AKTA_KEY_FILE="${AKTA_KEY_FILE:-${TMPDIR:-/tmp}/akta-bench.key}"
scripts/setup-deps.sh
scripts/build.sh release akta akta-cli bench_startup
build/release/tests/bench/bench_startup --cases "${1:-100000}"
scripts/build.sh release akta-extract export_pdfs bench_crypt
tests/bench/bench_journal.sh 1000 build/release
# Encrypted against plain in the same run: journaling, startup to first page, search p95, blobs.
build/release/tests/bench/bench_crypt --documents 5000 --queries 400
