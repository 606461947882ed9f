#!/usr/bin/env bash
# Screenshots of the sync dialogs with real data: a real akta-server on loopback, two desktop stores
# driven by akta-cli that edit the same case title offline (a real conflict on the second), then the
# desktop app on that store under Xvfb: the account dialog (docs/screenshots/account.png) and, after
# logging in and syncing, the conflict dialog (docs/screenshots/conflict.png).
#   scripts/screenshots-sync.sh [BUILD_DIR (default build/debug)] [OUT_DIR (default docs/screenshots)]
# The app runs in Danish, the users' language (AKTA_SHOT_LANG=en for the English UI).
# Needs xvfb-run, xdotool and ImageMagick's import. Run inside its own Xvfb: xvfb-run is started here.
set -euo pipefail
cd "$(dirname "$0")/.."
build="$(realpath "${1:-build/debug}")"
out="$(realpath "${2:-docs/screenshots}")"
lang="${AKTA_SHOT_LANG:-da}"
if [ "$lang" = en ]; then
    connect_key=c account_title="Connect to the server" conflict_title="Resolve conflict" sync_button=148
else
    connect_key=f account_title="Forbind til serveren" conflict_title="Løs konflikt" sync_button=175
fi
if [ -z "${AKTA_SCREENSHOT_INNER:-}" ]; then
    export AKTA_SCREENSHOT_INNER=1
    exec xvfb-run -a -s "-screen 0 1400x900x24" "$0" "$build" "$out"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/akta-shots.XXXXXX")"
server_pid=""
app_pid=""
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"
export AKTA_KEY_FILE="$work/store.key"
head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$AKTA_KEY_FILE"
printf 'correct horse 1\n' >"$work/password"
cli="$build/cli/akta-cli"
srv="$build/server/akta-server"

for user in anna bo; do
    "$srv" user add --data "$work/server" --user "$user" --password-file "$work/password" \
        --unit "Børn og Unge/PPR" --role caseworker >/dev/null
done
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
"$srv" --data "$work/server" --listen "127.0.0.1:$port" 2>"$work/server.log" &
server_pid=$!
for _ in $(seq 100); do grep -q '"listening"' "$work/server.log" && break; sleep 0.2; done
url="http://127.0.0.1:$port"
sync() { "$cli" sync --store "$work/$1" --server "$url" --user "$2" --password-file "$work/password" --json >/dev/null; }

id="$("$cli" case create --store "$work/anna" --json --cpr 2509814459 --name "Ida Holm" \
    --title "Støtte i skolen" --kle 28.18.00 | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')"
sync anna anna
sync bo bo
"$cli" case update --store "$work/anna" "$id" --title "Støtte i skolen – 4. klasse" --follow-up 2026-12-15 >/dev/null
"$cli" case update --store "$work/bo" "$id" --title "Støtte i skolen (PPR-vurdering)" --follow-up 2027-01-10 \
    --status in_progress >/dev/null
sync anna anna

shoot() {
    local window
    window="$(xdotool search --sync --onlyvisible --name "$1" | tail -1)"
    sleep 1
    import -window root "$work/root.png"
    # The dialog cut from the whole screen (Xvfb has no window manager, so no frame to capture).
    eval "$(xdotool getwindowgeometry --shell "$window")"
    convert "$work/root.png" -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" +repage "$out/$2"
    echo "wrote $out/$2"
}

"$build/app/akta" --store "$work/bo" --lang "$lang" >"$work/app.log" 2>&1 &
app_pid=$!
main="$(xdotool search --sync --onlyvisible --name "Akta" | head -1)"
sleep 2
xdotool windowactivate --sync "$main" 2>/dev/null || xdotool windowfocus --sync "$main"
xdotool key --clearmodifiers alt+f
sleep 0.5
xdotool key "$connect_key"
shoot "$account_title" account.png
xdotool type --delay 20 "$url"
xdotool key Tab
xdotool type --delay 20 bo
xdotool key Tab
xdotool type --delay 20 "correct horse 1"
xdotool key Return
# The sync runs; then the status bar offers the conflict (its button left of "Sync now").
for _ in $(seq 60); do
    sleep 0.5
    grep -q "sync done" "$work/app.log" 2>/dev/null && break
done
sleep 1
eval "$(xdotool getwindowgeometry --shell "$main")"
xdotool mousemove $((X + WIDTH - sync_button)) $((Y + HEIGHT - 13)) click 1
shoot "$conflict_title" conflict.png
