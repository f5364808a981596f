#!/usr/bin/env bash
# bench/load/callgrind-service.sh: the service's instructions per request under concurrent load, a count that does not
# move with the machine's load (cpu.sh's CPU per request does, ±15–30 % on the shared box). The Release service
# (started as service.sh starts it: rate limiting off, warnings only, the 32 MiB gen-0 budget) runs under
# `valgrind --tool=callgrind`; each endpoint is warmed with WARM and then WARM/4 requests, each followed by a wait until
# the server idles (its tier-1 compiles done), then CONNECTIONS keep-alive connections are opened, its counters zeroed,
# COUNT requests sent over them (bench/load/fixed-requests.py) and the counters dumped before the connections close:
# instructions per request = the dump's total / COUNT (collections, thread-pool and Kestrel work included; the idle
# process's own work during the count — a heartbeat a second — is in too and is small against COUNT requests). A
# gen-0 collection (one per ~650 Kuaishou checks with the 32 MiB budget) falls in a count or not: use COUNT of several
# hundred and compare more than one run.
# Functions are named from the runtime's perf map (bench/callgrind-names.py); the named profiles stay in OUT.
#
#   API=/tmp/base/Emissions.Api.dll bash bench/load/callgrind-service.sh
#   COUNT=400 CONNECTIONS=64 OUT=/tmp/cg-branch bash bench/load/callgrind-service.sh
#
# Settings: API (as for cpu.sh), COUNT (300), WARM (1500), CONNECTIONS (64), FIXTURE (the posted body), ENDPOINT
# (/v1/checks), OUT (a folder, default /tmp/callgrind-service.PID). Takes several minutes: valgrind runs ~50× slower.
set -euo pipefail
cd "$(dirname "$0")/../.."
COUNT=${COUNT:-300}
WARM=${WARM:-1500}
CONNECTIONS=${CONNECTIONS:-64}
ENDPOINT=${ENDPOINT:-/v1/checks}
OUT=${OUT:-/tmp/callgrind-service.$$}
mkdir -p "$OUT"
PORT=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
# Methods tier up as soon as they are hot enough (no 100 ms quiet period, which valgrind's pace stretches); perf map on.
runtime_env=(DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 DOTNET_TC_CallCountingDelayMs=0)
SERVER_WRAPPER=(valgrind --tool=callgrind --callgrind-out-file="$OUT/callgrind.%p.out" --dump-instr=no)
READY_TRIES=600
source bench/load/service.sh

# Waits until the server has been (nearly) idle for 3 s: the tier-1 compiles the warm-up queued run in the background
# and, under valgrind, take minutes; counted with the requests they would be most of the count.
settle() {
  local before after
  for _ in $(seq 1 200); do
    before=$(awk '{print $14 + $15}' "/proc/$server_pid/stat"); sleep 3; after=$(awk '{print $14 + $15}' "/proc/$server_pid/stat")
    (( after - before < 30 )) && return
  done
}
fixed() { python3 bench/load/fixed-requests.py "$BASE$1" "$2" "$CONNECTIONS" ${3:+"$3"}; }
# The counted requests run on connections opened (and used once) before the counters are zeroed, and closed after
# the dump (fixed-requests.py's HOLD handshake): the count holds COUNT requests, not 64 connections' set-up and close.
await() { for _ in $(seq 1 6000); do [[ -e "$1" ]] && return; sleep 0.1; done; echo "timed out waiting for $1" >&2; exit 1; }
count() { # name, path, body file (optional)
  # Warm-up answers may be refused: under valgrind the first checks, run by tier-0 code, can outlast the compute
  # budget or Kestrel's minimum body rate. Every counted answer must be a 200.
  fixed "$2" "$WARM" "${3:-}" || true
  settle
  fixed "$2" "$((WARM / 4))" "${3:-}" || true
  settle
  local hold=$work_dir/hold-$1
  HOLD=$hold fixed "$2" "$COUNT" "${3:-}" &
  local client=$!
  await "$hold.ready"
  callgrind_control -z "$server_pid" >/dev/null
  touch "$hold.go"
  await "$hold.done"
  callgrind_control -d "$1" "$server_pid" >/dev/null
  touch "$hold.close"
  wait "$client"
  local file
  file=$(ls -t "$OUT"/callgrind."$server_pid".out.* | head -1)
  python3 bench/callgrind-names.py --perf-map "/tmp/perf-$server_pid.map" "$file" >"$OUT/$1.named"
  local total
  total=$(callgrind_annotate "$OUT/$1.named" 2>/dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1; exit }')
  awk -v n="$1" -v t="$total" -v c="$COUNT" 'BEGIN { printf "%-12s %14d instructions for %d requests: %10.0f per request\n", n, t, c, t / c }'
}

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
count healthz /healthz
count checks "$ENDPOINT" "$FIXTURE"
echo "named profiles: $OUT/healthz.named, $OUT/checks.named (callgrind_annotate --inclusive=yes)"
rm -f "/tmp/perf-$server_pid.map" "/tmp/perfinfo-$server_pid.map"
