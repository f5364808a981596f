#!/usr/bin/env bash
# callgrind-functions.sh [BIN_DIR] [REPORT] [LOW] [EXTRA]: where one check request's instructions go, function by
# function (JIT-compiled methods named from the runtime's perf map): --profile-path LOW and LOW+EXTRA requests of REPORT
# (default wide-500, 5 and 30; kuaishou-2020 wants more, e.g. 100 and 1000) under callgrind, with the settings of
# callgrind-path.sh (tiered compilation off, no collection inside the requests), and callgrind-functions.py's
# per-request difference of the two: inclusive and self instructions per function. Writes OUT (default
# /tmp/callgrind-functions.REPORT.txt). Takes 10–30 minutes of CPU on a loaded two-core machine. ReadyToRun framework
# code (decimal arithmetic, Utf8JsonWriter, JsonDocument) had no perf-map names in these runs and landed under stub names;
# DOTNET_ReadyToRun=0 in the environment JIT-compiles it too, so that it is named (a much longer start-up).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
here=$root/bench/Emissions.Benchmarks
bin=${1:-$here/bin/Release/net10.0}
report=${2:-wide-500}
low=${3:-5}
extra=${4:-30}
out=${OUT:-/tmp/callgrind-functions.$report.txt}
tmp=$(mktemp -d /tmp/callgrind-functions.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
run() {
  DOTNET_TieredCompilation=0 DOTNET_GCgen0size=0x10000000 DOTNET_gcConcurrent=0 DOTNET_PerfMapEnabled=1 \
    EMISSIONS_FACTORS_DIR="$root/factors" valgrind --tool=callgrind --callgrind-out-file="$tmp/$1.out" \
    dotnet "$bin/Emissions.Benchmarks.dll" --profile-path "$1" "$report" >"$tmp/$1.log" 2>&1
  local pid
  pid=$(sed -n 's/^==\([0-9]*\)==.*/\1/p' "$tmp/$1.log" | head -1)
  python3 "$here/../callgrind-names.py" --perf-map "/tmp/perf-$pid.map" "$tmp/$1.out" >"$tmp/$1.named"
  rm -f "/tmp/perf-$pid.map" "/tmp/perfinfo-$pid.map"
}
run "$low"
run $((low + extra))
python3 "$here/callgrind-functions.py" "$tmp/$low.named" "$tmp/$((low + extra)).named" "$extra" >"$out"
echo "$report: per-request instructions by function in $out"
