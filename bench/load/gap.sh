#!/usr/bin/env bash
# What the service adds to Core's check, in one window: the in-process check path (request bytes → response bytes,
# `Emissions.Benchmarks --loop-path`, the same Core calls the service makes, µs of CPU per request) against the server's
# CPU per POST /v1/checks and per GET /healthz (cpu.sh), for the same request. On a shared machine both move with
# the load, so only figures from one run of this script are compared with each other.
#
#   bench/load/gap.sh                                  # Kuaishou 2020 (25 figures, 11 checks)
#   REPORT=kuaishou-2020-one-relation bench/load/gap.sh   # three figures, one relation: the fixed cost
#
# Settings: REPORT (kuaishou-2020 or kuaishou-2020-one-relation), API (a built service, as for cpu.sh), BENCH (a built
# Emissions.Benchmarks.dll; default: this tree's Release build, built if missing), and cpu.sh's DURATION, WARMUP,
# CONNECTIONS, GEN0SIZE, PERF.
set -euo pipefail
cd "$(dirname "$0")/../.."

REPORT=${REPORT:-kuaishou-2020}
case "$REPORT" in
  kuaishou-2020) fixture=tests/fixtures/kuaishou-2020/report.json ;;
  kuaishou-2020-one-relation) fixture=bench/load/requests/kuaishou-2020-one-relation.json ;;
  *) echo "REPORT is kuaishou-2020 or kuaishou-2020-one-relation" >&2; exit 2 ;;
esac

BENCH=${BENCH:-bench/Emissions.Benchmarks/bin/Release/net10.0/Emissions.Benchmarks.dll}
if [[ ! -f "$BENCH" ]]; then
  echo "Building the benchmarks (Release) …"
  dotnet build bench/Emissions.Benchmarks -c Release -v quiet -nologo >/dev/null
fi

echo "== in process (${BENCH}), load average $(cut -d' ' -f1-3 /proc/loadavg)"
in_process=$(dotnet "$BENCH" --loop-path "$REPORT")
echo "$in_process"
echo "== the service (bench/load/cpu.sh)"
server=$(FIXTURE="$fixture" bash bench/load/cpu.sh)
echo "$server"
echo "== in process again, load average $(cut -d' ' -f1-3 /proc/loadavg)"
again=$(dotnet "$BENCH" --loop-path "$REPORT")
echo "$again"

core=$(printf '%s\n%s\n' "$in_process" "$again" | awk '/request bytes/ {v = $7; if (best == "" || v < best) best = v} END {print best}')
checks=$(awk '/^POST/ {print $(NF - 2)}' <<<"$server")
healthz=$(awk '/^GET \/healthz/ {print $(NF - 2)}' <<<"$server")
awk -v core="$core" -v checks="$checks" -v healthz="$healthz" 'BEGIN {
  printf "\nserver CPU per check %.1f µs = Core in process %.1f µs + the service %.1f µs (GET /healthz: %.1f µs in all)\n",
    checks, core, checks - core, healthz }'
