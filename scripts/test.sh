#!/usr/bin/env bash
# Quick start, command 2: installs what is missing, builds with warnings as errors, checks the
# formatting and runs every test (unit, models, GUI offscreen, integration).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
scripts/check-format.sh
scripts/build.sh ci
scripts/check-translations.sh ci
ctest --preset ci -j"$(nproc)"
# The e-mail and .msg parser under libFuzzer + ASan, for a bounded time (FUZZ_SECONDS, default 60).
FUZZ_SECONDS="${FUZZ_SECONDS:-60}" scripts/fuzz.sh
