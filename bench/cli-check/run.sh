#!/usr/bin/env bash
# run.sh BASE YOURS [ROUNDS]: CPU of the whole `emissions check` process (start, read, check, write) for two builds,
# on the Kuaishou 2020 report (9 KB) and the generated wide-500 request (500 sites, 2,500 figures, 4,000 relations),
# `perf stat -r ${REPEAT:-20} -e task-clock` per build and request, the builds alternated A B A B for ROUNDS rounds
# (default 3). BASE and YOURS are each a Native AOT binary (`dotnet publish src/Emissions.Cli -c Release -r linux-x64
# -p:PublishAot=true -o DIR`, then DIR/emissions) or a JIT build's emissions.dll (run with `dotnet`). Each build's
# answers (stdout and exit code, --format json) are compared first: the figures mean nothing if they differ.
# The wide-500 request is written by the benchmarks (build bench/Emissions.Benchmarks -c Release first) unless WIDE
# names a file. Prints one line per run: request, build, task-clock ms (mean of the repeats) and perf's ± spread.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
base=$1; yours=$2; rounds=${3:-3}; repeat=${REPEAT:-20}
tmp=$(mktemp -d /tmp/cli-check.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
wide=${WIDE:-$tmp/wide-500.json}
if [[ ! -f $wide ]]; then
  dotnet "$root/bench/Emissions.Benchmarks/bin/Release/net10.0/Emissions.Benchmarks.dll" --write-request wide-500 "$wide"
fi
kuaishou=$root/tests/fixtures/kuaishou-2020/report.json
# Both builds read this tree's factor library (an AOT binary published outside the tree finds none above it).
export EMISSIONS_FACTORS_DIR=${EMISSIONS_FACTORS_DIR:-$root/factors}

# A build as a command: an AOT binary as it is, a .dll under dotnet.
command_of() { if [[ $1 == *.dll ]]; then echo "dotnet $1"; else echo "$1"; fi; }
A=$(command_of "$base"); B=$(command_of "$yours")

for request in "$kuaishou" "$wide"; do
  $A check "$request" --format json >"$tmp/a.out" 2>&1 && rc=0 || rc=$?; echo "exit $rc" >>"$tmp/a.out"
  $B check "$request" --format json >"$tmp/b.out" 2>&1 && rc=0 || rc=$?; echo "exit $rc" >>"$tmp/b.out"
  cmp -s "$tmp/a.out" "$tmp/b.out" || { echo "answers differ for $request" >&2; diff "$tmp/a.out" "$tmp/b.out" | head >&2; exit 1; }
done
echo "answers identical; load $(cut -d' ' -f1-3 /proc/loadavg)"

measure() { # name label command...
  local name=$1 label=$2; shift 2
  perf stat -r "$repeat" -e task-clock -x, -o "$tmp/stat" "$@" >/dev/null 2>&1 || true
  # -x, gives "msec,,task-clock,…,spread%"
  awk -F, -v n="$name" -v l="$label" '/task-clock/ {printf "%-9s %-6s %8.1f ms task-clock (±%s)\n", n, l, $1, $4}' "$tmp/stat"
}

for round in $(seq 1 "$rounds"); do
  for pair in "kuaishou:$kuaishou" "wide-500:$wide"; do
    name=${pair%%:*}; request=${pair#*:}
    measure "$name" base $A check "$request" --format json
    measure "$name" yours $B check "$request" --format json
  done
  echo "round $round done; load $(cut -d' ' -f1-3 /proc/loadavg)"
done
