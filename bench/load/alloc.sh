#!/usr/bin/env bash
# bench/load/alloc.sh: bytes the service allocates per request, GET /healthz and POST /v1/checks (Kuaishou 2020), over a
# fixed number of requests at 64 connections (bench/load/fixed-requests.py), from the runtime's own counter
# (dotnet-counters: dotnet.gc.heap.total_allocated, and the gen-0 collections in the same seconds). Does not move with
# the machine's load, unlike CPU per request (cpu.sh). Needs dotnet-counters (`dotnet tool install -g dotnet-counters`).
#
#   API=/tmp/base/Emissions.Api.dll bash bench/load/alloc.sh
#
# Settings: API (as for cpu.sh), COUNT (6000), FIXTURE (the posted body), ENDPOINT (/v1/checks).
set -euo pipefail
cd "$(dirname "$0")/../.."
COUNT=${COUNT:-6000}
ENDPOINT=${ENDPOINT:-/v1/checks}
counters=$(command -v dotnet-counters || echo "$HOME/.dotnet/tools/dotnet-counters")
[[ -x "$counters" ]] || { echo "dotnet-counters is not installed (dotnet tool install -g dotnet-counters)" >&2; exit 2; }
PORT=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
runtime_env=()
source bench/load/service.sh

# Warm: tier-1 code, pools filled.
wrk -t2 -c64 -d8s -s "$post_lua" "$BASE$ENDPOINT" >/dev/null
wrk -t2 -c64 -d4s "$BASE/healthz" >/dev/null

counted=0
count() { # name, url, body file (optional)
  local csv=$work_dir/counters-$((++counted))
  "$counters" collect -p "$server_pid" --refresh-interval 1 --counters System.Runtime -o "$csv" --format csv >"$csv.log" 2>&1 &
  local collector=$!
  # The collector is a .NET program too: on a loaded machine it takes seconds before it writes its first line.
  for _ in $(seq 1 60); do [[ -s "$csv.csv" ]] && break; sleep 0.5; done
  sleep 1
  python3 bench/load/fixed-requests.py "$2" "$COUNT" 64 ${3:+"$3"}
  sleep 3
  kill -INT "$collector" 2>/dev/null || true
  sleep 2
  kill "$collector" 2>/dev/null || true
  awk -F, -v n="$1" -v c="$COUNT" '/total_allocated/ { bytes += $5 } /collections/ && /gen0\]/ { gen0 += $5 }
    END { if (!NR) exit 1; printf "%-22s %9.0f bytes allocated per request, %d gen-0 collections in %d requests\n", n, bytes / c, gen0, c }' "$csv.csv" || cat "$csv.log"
}

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
count "GET /healthz" "$BASE/healthz"
count "POST ${ENDPOINT%%\?*}" "$BASE$ENDPOINT" "$FIXTURE"
