#!/usr/bin/env bash
# Screenshots of the desktop with real data, in the Danish UI: a real akta-server on loopback, stores filled
# and synced by akta-cli, then the desktop app under Xvfb, logged in through the account dialog:
#   review-queue.png  a leader's review queue ("Godkendelser") with personnel documents waiting
#   audit-log.png     the leader's audit log (Filer ▸ Revisionslog) of a personnel case: changes, reviews, reads
#   offline.png       a PPR caseworker's case list with three cases offline and the ready check's result
#   idle-lock.png     the lock screen over the main window after the idle time (QSettings lock/idleSeconds)
#   scripts/screenshots-desktop.sh [BUILD_DIR (default build/debug)] [OUT_DIR (default docs/screenshots)]
# AKTA_SHOT_LANG=en takes them with the English UI. Needs xvfb-run, xdotool and ImageMagick's import.
set -euo pipefail
cd "$(dirname "$0")/.."
build="$(realpath "${1:-build/debug}")"
out="$(realpath "${2:-docs/screenshots}")"
if [ -z "${AKTA_SCREENSHOT_INNER:-}" ]; then
    export AKTA_SCREENSHOT_INNER=1
    exec xvfb-run -a -s "-screen 0 1400x900x24" "$0" "$build" "$out"
fi
lang="${AKTA_SHOT_LANG:-da}"
if [ "$lang" = en ]; then
    connect_key=c audit_key=a offline_key=alt+o ready_key=r audit_title="Audit log" show_key=alt+s
else
    connect_key=f audit_key=r offline_key=alt+o ready_key=k audit_title="Revisionslog" show_key=alt+v
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
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$work/files"
export AKTA_KEY_FILE="$work/store.key"
export AKTA_EXTRACT_PATH="$build/extract/akta-extract"
head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$AKTA_KEY_FILE"
printf 'correct horse 1\n' >"$work/password"
cli="$build/cli/akta-cli"
srv="$build/server/akta-server"

adduser() { "$srv" user add --data "$work/server" --password-file "$work/password" "$@" >/dev/null; }
adduser --user hr --unit "Kommune/HR" --role hr
adduser --user lea --unit "Kommune" --role leader
adduser --user mette --unit "Kommune/Skole/Syd" --role caseworker --cpr 0101801234
adduser --user lars --unit "Kommune/Skole/Syd" --role caseworker --cpr 2509814459
adduser --user anna --unit "Kommune/PPR" --role caseworker
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
"$srv" --data "$work/server" --listen "127.0.0.1:$port" 2>"$work/server.log" &
server_pid=$!
for _ in $(seq 100); do grep -q '"listening"' "$work/server.log" && break; sleep 0.2; done
url="http://127.0.0.1:$port"
sync() { "$cli" sync --store "$work/$1" --server "$url" --user "$1" --password-file "$work/password" --json >/dev/null; }
json() { python3 -c "import json, sys; d = json.load(sys.stdin); print(($1))"; }
# A document from a small text file named after its title.
document() {
    local store="$1" case="$2" title="$3" text="$4"
    printf '%s\n' "$text" >"$work/files/$title.txt"
    "$cli" doc add --store "$work/$store" --case "$case" --json "$work/files/$title.txt" | json 'd[0]["id"]'
}

# The leader's scene: HR's personnel cases with documents sent to lea (who leads the whole municipality, so
# the personnel cases are in her audit log's area) for review; one already decided.
for user in hr lea mette lars anna; do sync "$user"; done
personnel() {
    "$cli" case create --store "$work/hr" --json --kind personnel --employee "$1" --title "$2" --kle 00.01.00 |
        json 'd["id"]'
}
mette_case="$(personnel mette "Personalesag – fravær")"
lars_case="$(personnel lars "Personalesag – ansættelse")"
d1="$(document hr "$mette_case" "Referat af tjenstlig samtale" "Samtale 12. november om fravær i oktober.")"
d2="$(document hr "$mette_case" "Partshøring om advarsel" "Partshøring før en skriftlig advarsel.")"
d3="$(document hr "$mette_case" "Lægeerklæring" "Mulighedserklæring fra egen læge.")"
d4="$(document hr "$lars_case" "Ansættelsesbrev" "Ansættelse som lærer fra 1. januar 2027.")"
d5="$(document hr "$lars_case" "Kontrakt om løntillæg" "Tillæg for funktion som teamkoordinator.")"
for doc in "$d1" "$d2" "$d3" "$d4" "$d5"; do "$cli" review request --store "$work/hr" "$doc" >/dev/null; done
sync hr
sync lea
"$cli" review approve --store "$work/lea" "$d3" --comment "Set og godkendt." >/dev/null
sync lea
mette_number="$("$cli" case show --store "$work/lea" --json "$mette_case" | json 'd["caseNumber"]')"

# The caseworker's scene: six PPR cases with documents; three of them kept offline.
cases=()
add_case() {
    local id
    id="$("$cli" case create --store "$work/anna" --json --cpr "$1" --name "$2" --title "$3" --kle 28.15.00 |
        json 'd["id"]')"
    cases+=("$id")
    document anna "$id" "Indstilling fra skolen" "Skolen beskriver trivsel og læring i klassen." >/dev/null
    document anna "$id" "Referat af netværksmøde" "Forældre, lærer og PPR mødtes på skolen." >/dev/null
    document anna "$id" "Observation i klassen" "Observation over to lektioner." >/dev/null
}
add_case 6512154321 "Ida Kjær" "Skoleudtalelse før skolestart"
add_case 6703141238 "Ulrikke Zebrafinke" "PPV vedr. Ulrikke – skolestart"
add_case 7004152345 "Noah Østergaard" "Bekymringshenvendelse fra skolen"
add_case 6808113456 "Freja Holm" "Psykologisk undersøgelse"
add_case 6101121234 "Malthe Rasmussen" "Indstilling til specialklasse"
sync anna
for id in "${cases[1]}" "${cases[2]}" "${cases[3]}"; do "$cli" offline add --store "$work/anna" --case "$id" >/dev/null; done
sync anna

shoot() { # whole screen
    sleep 1
    import -window root "$out/$1"
    echo "wrote $out/$1"
}
find_window() { # the newest visible window named $1, waiting up to 30 s
    local found=""
    for _ in $(seq 60); do
        found="$(xdotool search --onlyvisible --name "$1" 2>/dev/null | tail -1)" && [ -n "$found" ] && break
        sleep 0.5
    done
    [ -n "$found" ] || { echo "no window named $1" >&2; return 1; }
    echo "$found"
}
focus_main() { # Xvfb has no window manager: give the keyboard back to the main window
    xdotool windowactivate --sync "$main" 2>/dev/null || xdotool windowfocus --sync "$main"
    sleep 0.5
}
shoot_window() { # the window named $1 cut from the screen (Xvfb has no window manager, so no frame)
    local window
    window="$(find_window "$1")"
    sleep 1
    import -window root "$work/root.png"
    eval "$(xdotool getwindowgeometry --shell "$window")"
    convert "$work/root.png" -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" +repage "$out/$2"
    echo "wrote $out/$2"
}
start_app() { # $1 user; logs in through the account dialog and waits for the first sync
    : >"$work/app.log"
    "$build/app/akta" --store "$work/$1" --lang "$lang" >"$work/app.log" 2>&1 &
    app_pid=$!
    main="$(find_window "Akta")" || { cat "$work/app.log" >&2; return 1; }
    sleep 2
    xdotool windowsize "$main" 1400 900 windowmove "$main" 0 0
    xdotool windowactivate --sync "$main" 2>/dev/null || xdotool windowfocus --sync "$main"
    xdotool key --clearmodifiers alt+f
    sleep 0.5
    xdotool key "$connect_key"
    sleep 1
    xdotool type --delay 20 "$url"
    xdotool key Tab
    xdotool type --delay 20 "$1"
    xdotool key Tab
    xdotool type --delay 20 "correct horse 1"
    xdotool key Return
    for _ in $(seq 60); do
        sleep 0.5
        grep -q "sync done" "$work/app.log" 2>/dev/null && break
    done
    sleep 1
    focus_main
}
stop_app() {
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
}

start_app lea
# The personnel case (the last in the list) first, then the review queue (Ctrl+Shift+G) with a request chosen.
xdotool key ctrl+l ctrl+End Home
sleep 1
xdotool key ctrl+shift+g
sleep 2
xdotool key Down
shoot review-queue.png
xdotool key --clearmodifiers alt+f
sleep 0.5
xdotool key "$audit_key"
sleep 1
xdotool type --delay 20 "$mette_number"
xdotool key "$show_key"
sleep 3
xdotool key Tab
shoot_window "$audit_title" audit-log.png
stop_app

start_app anna
xdotool key ctrl+l Down Down
sleep 1
xdotool key --clearmodifiers "$offline_key"
sleep 0.5
xdotool key "$ready_key"
sleep 5
shoot offline.png
stop_app

# The idle lock after 5 s without input (the default is 15 minutes).
mkdir -p "$XDG_CONFIG_HOME/Akta"
printf '[lock]\nidleSeconds=5\n' >>"$XDG_CONFIG_HOME/Akta/Akta.conf"
start_app anna
xdotool key ctrl+l Down
sleep 8
shoot idle-lock.png
stop_app
