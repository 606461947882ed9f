#!/usr/bin/env bash
# Quick start, command 2: installs what is missing, builds with warnings as errors, checks the
# formatting and the OpenAPI description, and runs every test (unit, models, GUI offscreen,
# integration; the server's integration tests on SQLite and on a throwaway PostgreSQL cluster).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-deps.sh
scripts/check-format.sh
# The API description, checked by a real OpenAPI validator (1.34: the last line that runs on Debian 12's Node 18).
npx --yes @redocly/cli@1.34.20 lint docs/api/openapi.yaml
scripts/build.sh ci
scripts/check-translations.sh ci
# A PostgreSQL cluster of its own for the server tests, removed afterwards.
pg_dir="$(mktemp -d "${TMPDIR:-/tmp}/akta-pg.XXXXXX")"
trap 'scripts/pg-test-cluster.sh stop "$pg_dir"; rm -rf "$pg_dir"' EXIT
AKTA_TEST_PG_URL="$(scripts/pg-test-cluster.sh start "$pg_dir")"
export AKTA_TEST_PG_URL
ctest --preset ci -j"$(nproc)" -LE keychain
# The store key in the real OS keychain: a D-Bus session of its own with gnome-keyring's Secret Service and a
# throwaway keyring (its own XDG_DATA_HOME, unlocked with a throwaway password); CI=true: no skipping there.
keyring_home="$(mktemp -d "${TMPDIR:-/tmp}/akta-keyring.XXXXXX")"
XDG_DATA_HOME="$keyring_home" CI=true dbus-run-session -- sh -c \
    'printf akta-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && ctest --preset ci -L keychain'
rm -rf "$keyring_home"
# The e-mail and .msg parser under libFuzzer + ASan, for a bounded time (FUZZ_SECONDS, default 60).
FUZZ_SECONDS="${FUZZ_SECONDS:-60}" scripts/fuzz.sh
