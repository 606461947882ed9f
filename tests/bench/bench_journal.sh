#!/usr/bin/env bash
# Journaling benchmark: journals N PDFs (default 1000, real PDFs from the demo seed, Danish text) into one
# case with `akta-cli doc add` (blob store, documents, text extraction in akta-extract, one process per
# file) and, as the reference in the same run, extracts the same files with `pdftotext`.
# Usage: tests/bench/bench_journal.sh [N] [BUILD_DIR]
set -euo pipefail
count=${1:-1000}
build=${2:-build/release}
cli=$build/cli/akta-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export AKTA_KEY_FILE="${AKTA_KEY_FILE:-$work/akta.key}"

"$cli" demo seed --store "$work/seed" --cases $((count / 3 + 50)) --json >/dev/null
# The store's blobs are encrypted: export_pdfs decrypts the first PDFs.
n=$("$build/tests/bench/export_pdfs" "$work/seed" "$work/pdfs" "$count")
echo "PDFs: $n ($(du -sh "$work/pdfs" | cut -f1))"

case_id=$("$cli" case create --store "$work/store" --json --no-party --title "Benchmark" --kle 00.01.00 |
    sed -E 's/.*"id":"([^"]+)".*/\1/')

start=$(date +%s.%N)
AKTA_EXTRACT_PATH=$build/extract/akta-extract "$cli" doc add --store "$work/store" --case "$case_id" --json \
    "$work"/pdfs/*.pdf >"$work/added.json"
journal=$(echo "$(date +%s.%N) - $start" | bc)

start=$(date +%s.%N)
for f in "$work"/pdfs/*.pdf; do pdftotext -q "$f" - >/dev/null; done
reference=$(echo "$(date +%s.%N) - $start" | bc)

ok=$(grep -o '"textStatus":"ok"' "$work/added.json" | wc -l)
printf 'journal %d PDFs with akta-cli doc add: %.1f s (%.1f ms per PDF), text ok for %d\n' \
    "$n" "$journal" "$(echo "$journal * 1000 / $n" | bc -l)" "$ok"
printf 'reference, pdftotext on the same files: %.1f s (%.1f ms per PDF)\n' \
    "$reference" "$(echo "$reference * 1000 / $n" | bc -l)"
printf 'ratio: %.2f\n' "$(echo "$journal / $reference" | bc -l)"
