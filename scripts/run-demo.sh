#!/usr/bin/env bash
# Quick start, command 1: installs what is missing, builds, seeds the demo municipality into a
# local store (once) and starts the desktop app on it.
# Environment: AKTA_DEMO_STORE (default ~/.local/share/Akta/demo), AKTA_DEMO_CASES (default 2000),
# AKTA_KEY_FILE (the demo store's encryption key; default demo.key beside the store, made on first seed).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
scripts/build.sh release akta akta-cli akta-extract
store="${AKTA_DEMO_STORE:-${XDG_DATA_HOME:-$HOME/.local/share}/Akta/demo}"
mkdir -p "$(dirname "$store")"
export AKTA_KEY_FILE="${AKTA_KEY_FILE:-$(dirname "$store")/$(basename "$store").key}"
if [ ! -f "$store/akta.db" ]; then
    echo "Seeding the demo municipality into $store ..."
    build/release/cli/akta-cli demo seed --store "$store" --cases "${AKTA_DEMO_CASES:-2000}"
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting Akta under xvfb-run (nothing will be visible)." >&2
    exec xvfb-run -a build/release/app/akta --store "$store" "$@"
fi
exec build/release/app/akta --store "$store" "$@"
