#!/usr/bin/env bash
# CPU per request, server and wrk apart: the figure to compare between builds on a shared machine, where
# requests/s swing with other load. Starts the Release service like run.sh (SQLite in a temp folder, rate limiting
# off), warms it up, then for GET /healthz and POST /v1/checks (Kuaishou 2020 report) runs wrk for DURATION and
# divides the CPU time the server process (and wrk) spent by the requests wrk completed. On two cores shared by wrk
# and the server, the rate ratio run.sh reports tends to (healthz server+wrk CPU) / (checks server+wrk CPU).
#
#   bench/load/cpu.sh                                   # this tree's Release build
#   API_DLL=/tmp/before/Emissions.Api.dll bench/load/cpu.sh
#   PERF=1 bench/load/cpu.sh                            # also perf record -g the server during the checks run
#
# Settings: DURATION (10s), CONNECTIONS (64), WARMUP (10s, each endpoint), PORT (a free one), ROUNDS (1), GEN0SIZE
# (2000000, hexadecimal, as the container image sets it; default: the runtime's own gen-0 budget), FIXTURE (the body
# posted) and ENDPOINT (where, /v1/checks), e.g. a calculation whose traces list 1,200 input lines:
#   FIXTURE=bench/load/requests/calculation-1200-lines.json ENDPOINT='/v1/calculations?trace=full' bench/load/cpu.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
WARMUP=${WARMUP:-10s}
# A port free now unless PORT is given: two runs at once (or another service) never meet on a fixed one.
PORT=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
ROUNDS=${ROUNDS:-1}
ENDPOINT=${ENDPOINT:-/v1/checks}
# With PERF: JIT-compiled frames resolve through /tmp/perf-PID.map, which needs W^X double mapping off.
runtime_env=()
[[ -n "${PERF:-}" ]] && runtime_env+=(DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0)
source bench/load/service.sh

status=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' --data-binary "@$FIXTURE" "$BASE$ENDPOINT")
[[ "$status" == 200 ]] || { echo "POST $ENDPOINT answers $status"; exit 1; }

# utime + stime of a process, in clock ticks
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
hz=$(getconf CLK_TCK)

measure() {
  local name=$1; shift
  local before after requests wrk_cpu out
  before=$(ticks "$server_pid")
  out=$( { /usr/bin/time -f 'WRKCPU %U %S' wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$@"; } 2>&1 )
  after=$(ticks "$server_pid")
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  wrk_cpu=$(awk '/^WRKCPU/ {print $2 + $3}' <<<"$out")
  awk -v n="$name" -v r="$requests" -v s=$((after - before)) -v hz="$hz" -v w="$wrk_cpu" \
      -v rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")" -v p99="$(awk '$1 == "99%" {print $2}' <<<"$out")" \
      'BEGIN { printf "%-34s %10s %9s %12.1f %10.1f %12.1f\n", n, rps, p99, 1e6 * s / hz / r, 1e6 * w / r, 1e6 * (s / hz + w) / r }'
}

# The request's name: its file's, or its folder's for a fixture's report.json (kuaishou-2020).
label=$(basename "$FIXTURE" .json)
[[ "$label" == report ]] && label=$(basename "$(dirname "$FIXTURE")")

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" "$BASE/healthz" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s "$work_dir/post.lua" "$BASE$ENDPOINT" >/dev/null
printf '%-34s %10s %9s %12s %10s %12s\n' "endpoint (wrk -t2 -c$CONNECTIONS -d$DURATION)" "req/s" "p99" "server µs/req" "wrk µs/req" "total µs/req"
for _ in $(seq 1 "$ROUNDS"); do
  measure "GET /healthz" "$BASE/healthz"
  if [[ -n "${PERF:-}" ]]; then
    perf record -F 499 -g -p "$server_pid" -o "${PERF_DATA:-/tmp/emissions-checks.perf.data}" -- sleep "${DURATION%s}" >/dev/null 2>&1 &
    perf_pid=$!
  fi
  measure "POST ${ENDPOINT%%\?*} ($label)" -s "$work_dir/post.lua" "$BASE$ENDPOINT"
  [[ -n "${PERF:-}" ]] && wait "$perf_pid" || true
done
echo "server peak RSS: $(awk '/^VmHWM/ {printf "%.1f", $2 / 1024}' "/proc/$server_pid/status") MB"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
