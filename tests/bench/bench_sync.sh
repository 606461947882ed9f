#!/usr/bin/env bash
# Sync benchmark: a server holding CASES cases and DOCS document records (metadata only; default
# 100,000 and 1,000,000, written straight into a fresh akta-server SQLite database), then
#   1. initial sync to a new desktop store with `akta-cli sync`, against the reference of fetching the
#      same change pages (same page size, same bytes) with curl and throwing them away;
#   2. a no-op sync right after, against one curl request for the changes after the cursor.
# Reports each figure with its reference from the same run and the ratio.
# Usage: tests/bench/bench_sync.sh [CASES] [DOCS] [BUILD_DIR]
set -euo pipefail
cases=${1:-100000}
docs=${2:-1000000}
build=${3:-build/release}
cli=$build/cli/akta-cli
server=$build/server/akta-server
work=$(mktemp -d)
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

echo "correct horse 1" >"$work/password"
# The desktop store is encrypted like every store: a key of its own for this run.
if [ -z "${AKTA_KEY_FILE:-}" ]; then
    export AKTA_KEY_FILE="$work/store.key"
    head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$AKTA_KEY_FILE"
fi
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
"$server" user add --data "$work/data" --user anna --password-file "$work/password" --unit "Børn og Unge/PPR" \
    --role caseworker >/dev/null 2>&1

python3 - "$work/data/akta-server.sqlite" "$cases" "$docs" <<'PY'
import json, sqlite3, sys, uuid, random
path, cases, docs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
db = sqlite3.connect(path)
unit = db.execute("SELECT unit_id FROM users WHERE username = 'anna'").fetchone()[0]
user = db.execute("SELECT id FROM users WHERE username = 'anna'").fetchone()[0]
rnd = random.Random(7)
words = ["skole", "støtte", "ansøgning", "bevilling", "handleplan", "kørsel", "hjælpemidler", "møde", "referat"]
seq = 0
def rows():
    global seq
    case_ids = []
    for n in range(cases):
        cid = str(uuid.UUID(int=rnd.getrandbits(128), version=4))
        case_ids.append(cid)
        seq += 1
        fields = {"caseNumber": "00.01.00-G01-%d-26" % (n + 1), "numberProvisional": False,
                  "title": " ".join(rnd.choice(words) for _ in range(4)).capitalize(), "kleSubject": "00.01.00",
                  "kleFacet": "G01", "kind": "subject", "status": "opened", "accessClass": "normal",
                  "responsibleUnit": unit, "caseworker": user, "parties": []}
        yield ("case", cid, 1, seq, cid, unit, None, json.dumps(fields, ensure_ascii=False),
               json.dumps({k: 1 for k in fields}), user)
    for n in range(docs):
        did = str(uuid.UUID(int=rnd.getrandbits(128), version=4))
        cid = case_ids[n % cases]
        seq += 1
        fields = {"caseId": cid, "number": n // cases + 1, "title": " ".join(rnd.choice(words) for _ in range(3)),
                  "kind": "file", "direction": "incoming", "status": "journaled", "accessClass": "normal",
                  "documentDate": "2026-11-%02d" % (n % 28 + 1), "createdAt": "2026-11-27T10:00:00.000Z"}
        yield ("document", did, 1, seq, cid, unit, None, json.dumps(fields, ensure_ascii=False),
               json.dumps({k: 1 for k in fields}), user)
db.executemany("INSERT INTO entities(entity, id, rev, seq, case_id, unit_id, lookup_key, fields, field_revs, "
               "created_by) VALUES (?,?,?,?,?,?,?,?,?,?)", rows())
db.execute("UPDATE counters SET value = ? WHERE name = 'seq'", (seq,))
db.commit()
PY

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$server" --data "$work/data" --listen "127.0.0.1:$port" 2>"$work/server.log" &
server_pid=$!
for _ in $(seq 1 200); do grep -q '"listening"' "$work/server.log" && break; sleep 0.05; done
url="http://127.0.0.1:$port"

now() { date +%s.%N; }
# CPU seconds the server has used so far (the machine may be shared: CPU time is what load does not inflate).
ticks=$(getconf CLK_TCK)
server_cpu() { awk -v t="$ticks" '{ printf "%.2f", ($14 + $15) / t }' "/proc/$server_pid/stat"; }
# AKTA_BENCH_PERF=FILE records a CPU profile of the client's initial sync (perf report -i FILE).
profile=()
if [ -n "${AKTA_BENCH_PERF:-}" ]; then profile=(perf record -g -o "$AKTA_BENCH_PERF" --); fi
server_before=$(server_cpu)
start=$(now)
/usr/bin/time -f "%U %S" -o "$work/client.cpu" "${profile[@]}" "$cli" sync --store "$work/desktop" --server "$url" \
    --user anna --password-file "$work/password" --json >"$work/first.json"
initial=$(echo "$(now) - $start" | bc)
initial_server_cpu=$(echo "$(server_cpu) - $server_before" | bc)
initial_client_cpu=$(awk '{ print $1 + $2 }' "$work/client.cpu")
cursor=$(sed -E 's/.*"cursor":([0-9]+).*/\1/' "$work/first.json")
pulled=$(sed -E 's/.*"pulled":([0-9]+).*/\1/' "$work/first.json")

# Reference: the same pages (the engine asks for 5000 changes a page, the most the server gives) with curl, bytes thrown away.
token=$(curl -s -X POST "$url/api/v1/login" -H 'Content-Type: application/json' \
    -d '{"username":"anna","password":"correct horse 1"}' | sed -E 's/.*"token":"([^"]+)".*/\1/')
server_before=$(server_cpu)
start=$(now)
since=0
bytes=0
while :; do
    curl -s -H "Authorization: Bearer $token" "$url/api/v1/changes?since=$since&limit=5000" >"$work/page.json"
    bytes=$((bytes + $(stat -c %s "$work/page.json")))
    next=$(grep -o '"cursor":[0-9]*' "$work/page.json" | tail -1 | cut -d: -f2)
    grep -q '"more":true' "$work/page.json" || break
    since=$next
done
reference=$(echo "$(now) - $start" | bc)
reference_server_cpu=$(echo "$(server_cpu) - $server_before" | bc)

start=$(now)
"$cli" sync --store "$work/desktop" --server "$url" --user anna --password-file "$work/password" --json >/dev/null
noop=$(echo "$(now) - $start" | bc)
start=$(now)
curl -s -H "Authorization: Bearer $token" "$url/api/v1/changes?since=$cursor&limit=5000" >/dev/null
noop_reference=$(echo "$(now) - $start" | bc)
reference_server_cpu=$(echo "$(server_cpu) - $server_before" | bc)

echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
printf 'initial sync of %d cases + %d documents (%d changes applied, %.0f MB of pages): %.1f s\n' \
    "$cases" "$docs" "$pulled" "$(echo "$bytes / 1000000" | bc -l)" "$initial"
printf '  CPU: client %.1f s, server %.1f s\n' "$initial_client_cpu" "$initial_server_cpu"
printf 'reference, the same pages with curl: %.1f s (server CPU %.1f s)\n' "$reference" "$reference_server_cpu"
printf 'ratio: %.2f wall\n' "$(echo "$initial / $reference" | bc -l)"
printf 'no-op sync (akta-cli process, login, units, users, push, pull): %.3f s\n' "$noop"
printf 'reference, one curl for the changes after the cursor: %.3f s\n' "$noop_reference"
printf 'ratio: %.1f\n' "$(echo "$noop / $noop_reference" | bc -l)"
