#!/usr/bin/env bash
# Runs the benchmarks in tests/bench on a release build. Not part of CI.
# Usage: scripts/bench.sh [cases]   (default 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
scripts/build.sh release akta akta-cli bench_startup bench_pdfpreview
build/release/tests/bench/bench_startup --cases "${1:-100000}"
build/release/tests/bench/bench_pdfpreview
scripts/build.sh release akta-extract
tests/bench/bench_journal.sh 1000 build/release
