#!/usr/bin/env bash
# bench/peers/profile.sh EMISSIONS_BINARY [N]: where the CPU of one `emissions calculate <N-line inventory> --format json
# > file` goes, by phase, from a sampled profile (perf record -g, cpu-clock at 4 kHz: the machine has no hardware
# counters). Use the Native AOT binary (its symbols name every method); N defaults to 100000, the input comes from
# make_inputs.py. Prints each phase's share of the samples (inclusive: a phase counts what it calls, the collections
# its allocations trigger included) and the same share of the process's measured CPU time. Needs perf.
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=$1
N=${2:-100000}
WORK=${WORK:-/tmp/emissions-peers}
mkdir -p "$WORK"
[[ -f "$WORK/emissions-$N.json" ]] || python3 bench/peers/make_inputs.py "$N" "$WORK"
/usr/bin/time -o "$WORK/profile-time.txt" -f "%U %S %M" "$BIN" calculate "$WORK/emissions-$N.json" --format json > "$WORK/profile.out.json"
read -r user sys rss < "$WORK/profile-time.txt"
perf record -q -F 4000 -e cpu-clock -g -o "$WORK/profile.perf" "$BIN" calculate "$WORK/emissions-$N.json" --format json > "$WORK/profile.out.json" 2>/dev/null
perf report -i "$WORK/profile.perf" --children --sort sym -g none 2>/dev/null | grep -v '^#' > "$WORK/profile.txt"
cpu_ms=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.0f", (u + s) * 1000 }')
echo "N = $N: CPU ${cpu_ms} ms (user $user s, sys $sys s), peak RSS $((rss / 1024)) MiB, load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| phase | function (inclusive) | share of samples | ≈ CPU ms |"
echo "| --- | --- | ---: | ---: |"
phase() { # name, symbol pattern
  local share
  share=$(grep -m1 -E "$2" "$WORK/profile.txt" | awk '{ sub("%", "", $1); print $1 }')
  share=${share:-0}
  awk -v n="$1" -v p="$2" -v s="$share" -v c="$cpu_ms" 'BEGIN { printf "| %s | `%s` | %.1f %% | %.0f |\n", n, p, s, s * c / 100 }'
}
phase "module initialisers" 'StartupCodeHelpers__RunModuleInitializers'
phase "factor library" 'FactorLibraryReader__Read$'
phase "read and parse (incl. amount columns)" 'CliFiles__ReadJson'
phase "  the scan (the line lists are read in it)" 'InventoryScan__Of'
phase "  the line lists" 'LineStream__Read'
phase "  amount columns" 'InventoryColumns___ctor'
phase "calculate" 'Calculator__Calculate'
phase "trace rendering (summary split)" 'CalculationResponse__From'
phase "JSON writing" 'CliJson__Write'
phase "output (write calls)" '\[k\] ksys_write'
phase "garbage collections (all phases)" 'gc_heap::garbage_collect$'
phase "page faults (all phases)" '\[k\] exc_page_fault'
