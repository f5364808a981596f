#!/usr/bin/env bash
# bench/startup/service.sh: the service's start to first answer, process start → first 200 from GET /healthz and then
# from POST /v1/checks (tests/fixtures/kuaishou-2020/report.json), with the factor library's validation snapshot warm
# and with EMISSIONS_CACHE_DIR=off (every factor file validated against its schema, as every start was before the
# snapshot). Wall seconds from the launch (curl polls every 10 ms) and the server's CPU seconds (user + sys, from
# /proc) at its first check answer. RUNS (default 5) starts each; medians. Release build, SQLite in a temp folder,
# loopback only (PORT, default 5091); each server is stopped before the next starts. DLL: another build of the service.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-5}
PORT=${PORT:-5091}
BASE="http://127.0.0.1:$PORT"
FIXTURE=tests/fixtures/kuaishou-2020/report.json
DLL=${DLL:-src/Emissions.Api/bin/Release/net10.0/Emissions.Api.dll}
TICKS=$(getconf CLK_TCK)
work=$(mktemp -d /tmp/emissions-service-start.XXXXXX)
pid=""
stop() { if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi; pid=""; }
trap 'stop; rm -rf "$work"' EXIT
[[ -f "$DLL" ]] || dotnet build src/Emissions.Api -c Release -v quiet -nologo >/dev/null

status() { curl -s -o /dev/null -w '%{http_code}' "$@" || true; }
# one start: prints "healthz_s check_s cpu_s"
start_once() {
  rm -f "$work/bench.db"*
  local t0 t1 t2
  t0=$(date +%s.%N)
  ASPNETCORE_ENVIRONMENT=Production Database__Provider=sqlite Database__Path="$work/bench.db" RateLimit__Enabled=false \
    Logging__LogLevel__Default=Warning dotnet "$DLL" --urls "$BASE" >"$work/server.log" 2>&1 &
  pid=$!
  until [[ "$(status "$BASE/healthz")" == 200 ]]; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
    sleep 0.01
  done
  t1=$(date +%s.%N)
  [[ "$(status -X POST -H 'Content-Type: application/json' --data-binary "@$FIXTURE" "$BASE/v1/checks")" == 200 ]] \
    || { echo "POST /v1/checks did not answer 200" >&2; exit 1; }
  t2=$(date +%s.%N)
  local cpu
  cpu=$(awk -v t="$TICKS" '{ printf "%.2f", ($14 + $15) / t }' "/proc/$pid/stat")
  stop
  awk -v a="$t0" -v b="$t1" -v c="$t2" -v cpu="$cpu" 'BEGIN { printf "%.2f %.2f %s\n", b - a, c - a, cpu }'
}
median() { sort -n | awk '{ a[NR] = $0 } END { print a[int((NR + 1) / 2)] }'; }
series() { # label: RUNS starts, medians of each column
  local rows=()
  for _ in $(seq "$RUNS"); do rows+=("$(start_once)"); done
  local h c u
  h=$(printf '%s\n' "${rows[@]}" | awk '{ print $1 }' | median)
  c=$(printf '%s\n' "${rows[@]}" | awk '{ print $2 }' | median)
  u=$(printf '%s\n' "${rows[@]}" | awk '{ print $3 }' | median)
  echo "| $1 | $h | $c | $u |"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| service start (median of $RUNS) | → first 200 from GET /healthz, s | → first 200 from POST /v1/checks, s | server CPU s at that answer |"
echo "| --- | ---: | ---: | ---: |"
EMISSIONS_CACHE_DIR=off series "no snapshot (every factor file validated)"
export EMISSIONS_CACHE_DIR="$work/cache"
start_once >/dev/null # saves the snapshot
series "validation snapshot warm"
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
