#!/usr/bin/env bash
# Runs the benchmarks in tests/bench on a release build. Not part of CI.
# Usage: scripts/bench.sh [cases]   (default 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
# Every store is encrypted: the benchmark stores get a fresh key of their own.
export AKTA_KEY_FILE="${AKTA_KEY_FILE:-$(mktemp -u "${TMPDIR:-/tmp}/akta-bench-XXXXXX.key")}"
scripts/setup-deps.sh
scripts/build.sh release akta akta-cli bench_startup
build/release/tests/bench/bench_startup --cases "${1:-100000}"
scripts/build.sh release akta-extract
tests/bench/bench_journal.sh 1000 build/release
