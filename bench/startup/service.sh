#!/usr/bin/env bash
# bench/startup/service.sh [BUILD ...]: the service's start to first answer, process start → first 200 from
# GET /healthz and then from POST /v1/checks (tests/fixtures/kuaishou-2020/report.json), for each BUILD in one run.
# A BUILD is an Emissions.Api.dll (run under `dotnet`), an executable (a self-contained or Native AOT Emissions.Api),
# or a published folder (its Emissions.Api executable). Default: the Release build's DLL (or DLL=…).
#
# Each build starts RUNS (default 5) times with the factor library's validation snapshot warm (the normal case from
# the second start on); NO_SNAPSHOT=1 adds a series with EMISSIONS_CACHE_DIR=off (every factor file validated against
# its schema). Prints medians of: wall seconds from the launch to each answer (curl polls every 10 ms; meaningless
# on a loaded machine), the server's CPU seconds (user + sys of every thread, from /proc) at each answer and its peak
# resident memory (VmHWM) at the check answer.
# SQLite in a temp folder, loopback only (PORT, default a free one); each server is stopped before the next starts.
#
#   bash bench/startup/service.sh                                          # the Release build
#   bash bench/startup/service.sh /tmp/jit/Emissions.Api.dll /tmp/r2r/     # a JIT and a ReadyToRun publish
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-5}
# A port free now unless PORT is given: two runs at once (or another service) never meet on a fixed one.
PORT=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
BASE="http://127.0.0.1:$PORT"
FIXTURE=tests/fixtures/kuaishou-2020/report.json
TICKS=$(getconf CLK_TCK)
if (( $# == 0 )); then
  set -- "${DLL:-src/Emissions.Api/bin/Release/net10.0/Emissions.Api.dll}"
  [[ -f "$1" ]] || dotnet build src/Emissions.Api -c Release -v quiet -nologo >/dev/null
fi
work=$(mktemp -d /tmp/emissions-service-start.XXXXXX)
pid=""
stop() { if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi; pid=""; }
trap 'stop; rm -rf "$work"' EXIT

# the command that starts a BUILD
command_of() {
  local build=$1
  if [[ -d "$build" ]]; then build="${build%/}/Emissions.Api"; fi
  case "$build" in
    *.dll) echo "dotnet $build" ;;
    *) [[ -x "$build" ]] || { echo "not an executable, a .dll or a published folder: $1" >&2; exit 1; }; echo "$build" ;;
  esac
}
status() { curl -s -o /dev/null -w '%{http_code}' "$@" || true; }
cpu_of() { awk -v t="$TICKS" '{ printf "%.3f", ($14 + $15) / t }' "/proc/$1/stat"; }
rss_of() { awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
# one start of "$@": prints "healthz_s check_s healthz_cpu_s check_cpu_s check_peak_rss_mib"
start_once() {
  rm -f "$work/bench.db"*
  local t0 t1 t2 c1 c2 r2
  t0=$(date +%s.%N)
  ASPNETCORE_ENVIRONMENT=Production Database__Provider=sqlite Database__Path="$work/bench.db" RateLimit__Enabled=false \
    Logging__LogLevel__Default=Warning "$@" --urls "$BASE" >"$work/server.log" 2>&1 &
  pid=$!
  until [[ "$(status "$BASE/healthz")" == 200 ]]; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
    sleep 0.01
  done
  t1=$(date +%s.%N)
  c1=$(cpu_of "$pid")
  [[ "$(status -X POST -H 'Content-Type: application/json' --data-binary "@$FIXTURE" "$BASE/v1/checks")" == 200 ]] \
    || { echo "POST /v1/checks did not answer 200" >&2; exit 1; }
  t2=$(date +%s.%N)
  c2=$(cpu_of "$pid")
  r2=$(rss_of "$pid")
  stop
  awk -v a="$t0" -v b="$t1" -v c="$t2" 'BEGIN { printf "%.2f %.2f ", b - a, c - a }'
  echo "$c1 $c2 $r2"
}
median() { sort -n | awk '{ a[NR] = $0 } END { print a[int((NR + 1) / 2)] }'; }
series() { # label command…: RUNS starts, medians of each column
  local label=$1; shift
  local rows=() col medians=()
  for _ in $(seq "$RUNS"); do rows+=("$(start_once "$@")"); done
  for col in 1 2 3 4 5; do medians+=("$(printf '%s\n' "${rows[@]}" | awk -v c="$col" '{ print $c }' | median)"); done
  echo "| $label | ${medians[0]} | ${medians[1]} | ${medians[2]} | ${medians[3]} | ${medians[4]} | $(cut -d' ' -f1 /proc/loadavg) |"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| service start (median of $RUNS) | → 200 from GET /healthz, wall s | → 200 from POST /v1/checks, wall s | server CPU s at /healthz 200 | server CPU s at /v1/checks 200 | peak RSS MiB at /v1/checks 200 | load (1 min) after |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
for build in "$@"; do
  read -r -a cmd <<<"$(command_of "$build")"
  if [[ -n "${NO_SNAPSHOT:-}" ]]; then
    EMISSIONS_CACHE_DIR=off series "\`$build\`, no snapshot (every factor file validated)" "${cmd[@]}"
  fi
  export EMISSIONS_CACHE_DIR="$work/cache"
  rm -rf "$EMISSIONS_CACHE_DIR"
  start_once "${cmd[@]}" >/dev/null # saves the snapshot
  series "\`$build\`, validation snapshot warm" "${cmd[@]}"
  unset EMISSIONS_CACHE_DIR
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
