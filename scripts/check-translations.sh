#!/usr/bin/env bash
# Fails when a user-facing string has no Danish translation. Runs lupdate on the given build
# preset first, so that strings added to the code but not to translations/akta_da.ts are caught too.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-ci}"
cmake --build --preset "$preset" --target akta_lupdate >/dev/null
if grep -q 'type="unfinished"' translations/akta_da.ts; then
    echo "Untranslated strings in translations/akta_da.ts:" >&2
    grep -B2 'type="unfinished"' translations/akta_da.ts | grep '<source>' >&2 || true
    exit 1
fi
echo "translations: Danish complete ($(grep -c '<message' translations/akta_da.ts) strings)"
