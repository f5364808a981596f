#!/usr/bin/env bash
# bench/peers/callgrind.sh EMISSIONS_BINARY [N]: instructions executed by one `emissions calculate <N-line inventory>
# --format json > file` (valgrind --tool=callgrind; a count that does not depend on the machine's load, unlike CPU
# time), in all and by phase (inclusive: a phase counts what it calls, collections included). Use the Native AOT
# binary: valgrind cannot read the .dbg file beside it, so the binary is run from a copy without it and the functions
# are named afterwards from the .dbg (bench/callgrind-names.py --dbg). N defaults to 100000, the input comes from make_inputs.py.
# Needs valgrind; takes a minute or two (about 50× the run).
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=$(realpath "$1")
N=${2:-100000}
WORK=${WORK:-/tmp/emissions-peers}
mkdir -p "$WORK/callgrind-bin"
[[ -f "$WORK/emissions-$N.json" ]] || python3 bench/peers/make_inputs.py "$N" "$WORK"
dir=$(dirname "$BIN")
cp "$BIN" "$WORK/callgrind-bin/emissions"
ln -sfn "$dir/factors" "$WORK/callgrind-bin/factors"
for lib in "$dir"/*.so; do ln -sf "$lib" "$WORK/callgrind-bin/"; done
# A warm run first: the factor library's validation snapshot is written once per cache folder.
"$WORK/callgrind-bin/emissions" calculate "$WORK/emissions-$N.json" --format json > /dev/null
valgrind --tool=callgrind --callgrind-out-file="$WORK/callgrind.out" "$WORK/callgrind-bin/emissions" calculate "$WORK/emissions-$N.json" --format json \
  > "$WORK/callgrind.answer.json" 2> "$WORK/callgrind.log"
python3 bench/callgrind-names.py --dbg "$BIN.dbg" "$WORK/callgrind.out" > "$WORK/callgrind.named"
callgrind_annotate --inclusive=yes --threshold=100 "$WORK/callgrind.named" 2>/dev/null > "$WORK/callgrind.txt"
total=$(grep -m1 'PROGRAM TOTALS' "$WORK/callgrind.txt" | awk '{ gsub(",", "", $1); print $1 }')
echo "N = $N: $(printf "%'d" "$total") instructions, load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| phase | function (inclusive) | instructions | share |"
echo "| --- | --- | ---: | ---: |"
phase() { # name, symbol pattern
  local count
  count=$(grep -m1 -E "$2" "$WORK/callgrind.txt" | awk '{ gsub(",", "", $1); print $1 }')
  count=${count:-0}
  awk -v n="$1" -v p="$2" -v c="$count" -v t="$total" 'BEGIN { printf "| %s | `%s` | %'"'"'d | %.1f %% |\n", n, p, c, 100 * c / t }'
}
phase "factor library" 'CliFactors__Load'
phase "read and parse, all of it" 'CalculateCommand__ReadInventory '
phase "  the scan (and the line lists read in it)" 'InventoryScan__Of'
phase "  the line lists (after the scan)" 'InventoryReader__Lines'
phase "  amount columns" 'InventoryColumns___ctor'
phase "calculate" 'CalculationRequest__Run'
phase "trace rendering (summary split)" 'CalculationResponse__From'
phase "JSON writing" 'CliJson__Write'
phase "allocation (all phases)" ' RhpGcAlloc '
phase "garbage collections (all phases)" 'gc_heap::garbage_collect\(int\)'
