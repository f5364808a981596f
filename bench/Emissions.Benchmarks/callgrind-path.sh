#!/usr/bin/env bash
# callgrind-path.sh [BIN_DIR] [REQUESTS]: instructions per wide-500 check request (request bytes → response bytes, every
# diagnostic), counted by valgrind's callgrind, so that two builds can be compared on a shared machine where CPU time
# swings. Runs --profile-path 10 and --profile-path 10+REQUESTS (default 20) with tiered compilation off (every method
# JIT-compiled once, fully optimised: the count does not depend on timing) and a 256 MB gen-0 budget with no background
# GC (no collection falls inside the measured requests: a collection's few million instructions land in one run and
# not the other, which swamps the difference), and prints the difference per request: the work of the check itself,
# without start-up, set-up, JIT or garbage collection (--loop-path gives the allocation). BIN_DIR defaults to this
# tree's Release build. Takes a few minutes of CPU.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
bin=${1:-$root/bench/Emissions.Benchmarks/bin/Release/net10.0}
extra=${2:-20}
tmp=$(mktemp -d /tmp/callgrind-path.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
count() {
  DOTNET_TieredCompilation=0 DOTNET_GCgen0size=0x10000000 DOTNET_gcConcurrent=0 EMISSIONS_FACTORS_DIR="$root/factors" valgrind --tool=callgrind \
    --callgrind-out-file="$tmp/$1.out" dotnet "$bin/Emissions.Benchmarks.dll" --profile-path "$1" >"$tmp/$1.log" 2>&1
  sed -n 's/.*I *refs: *//p' "$tmp/$1.log" | tr -d ','
}
low=$(count 10)
high=$(count $((10 + extra)))
echo "wide-500: $(( (high - low) / extra )) instructions per request (callgrind, $extra requests: $high − $low)"
