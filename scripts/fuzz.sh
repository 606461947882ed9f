#!/usr/bin/env bash
# Fuzzes EmailParser (tests/fuzz/fuzz_email.cpp) with libFuzzer + AddressSanitizer in a separate clang
# build (build/fuzz), seeded with tests/data/email. Runs FUZZ_SECONDS seconds (default 60); FUZZ_FAST=1
# trades leak detection for ~20x more executions. Crashes and leaks are written to build/fuzz/artifacts/.
# Usage: scripts/fuzz.sh [extra libFuzzer options...]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=$root/build/fuzz
seconds=${FUZZ_SECONDS:-60}

mkdir -p "$build"
# Every target is built with coverage instrumentation and ASan; only fuzz_email links libFuzzer's main.
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=Debug \
    -DAKTA_BUILD_TESTS=ON -DAKTA_BUILD_BENCH=OFF \
    -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address -fno-omit-frame-pointer" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address" >/dev/null
cmake --build "$build" --target fuzz_email

# Known third-party leak: libgsf's gsf_infile_msole_new leaks directory entries of some malformed OLE2
# directories (the reader returns an object that we unref; the orphaned entries are never reachable).
cat >"$build/lsan.supp" <<'SUPP'
leak:gsf_infile_msole_new
SUPP
export LSAN_OPTIONS="suppressions=$build/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
# GLib and libgsf have no frame pointers: unwind slowly so that leak stacks reach our code and the
# suppression above can match (about 20x slower). FUZZ_FAST=1 unwinds fast and checks no leaks instead.
leak_options=()
if [[ ${FUZZ_FAST:-0} == 1 ]]; then
    leak_options=(-detect_leaks=0)
    export ASAN_OPTIONS="detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}" # (not at exit either)
else
    export ASAN_OPTIONS="fast_unwind_on_malloc=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
fi

binary=$(find "$build" -name fuzz_email -type f -perm -u+x | head -n 1)
corpus=$build/corpus/email
artifacts=$build/artifacts/
mkdir -p "$corpus" "$artifacts"
# The first directory collects new inputs; the fixtures are read-only seeds.
"$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -artifact_prefix="$artifacts" \
    -max_len=8192 -print_final_stats=1 "${leak_options[@]}" "$@" "$corpus" "$root/tests/data/email"
