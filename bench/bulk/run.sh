#!/usr/bin/env bash
# The 10⁸-row bulk benchmark (bench/bulk/README.md): generate, baseline, calculate, a bad row, clean up.
# usage: bench/bulk/run.sh DIR [ROWS] [csv|parquet]   (needs ~6 GB free in DIR for 10⁸ CSV rows)
set -uo pipefail
dir=${1:?usage: run.sh DIR [ROWS] [csv|parquet]}
rows=${2:-100000000}
format=${3:-csv}
root=$(cd "$(dirname "$0")/../.." && pwd)
gen="dotnet $root/bench/bulk/Emissions.BulkBench/bin/Release/net10.0/Emissions.BulkBench.dll"
cli="dotnet $root/src/Emissions.Cli/bin/Release/net10.0/emissions.dll"
file="$dir/meters-$rows.$format"
mkdir -p "$dir"
echo '{"organization": "Meters Ltd", "period": "2023", "factorSet": "cn-2023", "headcount": "1200"}' > "$dir/org.json"
timed() { /usr/bin/time -f "  wall %e s, user %U s, sys %S s, peak RSS %M KiB" "$@"; }
[[ -f "$file" ]] || { echo "## generate"; timed $gen generate "$format" "$file" "$rows"; }
echo "## baseline"
if [[ $format == csv ]]; then
  timed wc -l "$file"
  timed $gen sep "$file"
else
  timed $gen parquetsharp-read "$file"
fi
echo "## emissions calculate (json, 1 process)"
timed $cli calculate "$file" --inventory "$dir/org.json" --format json > "$dir/result-$format.json"
python3 - "$dir/result-$format.json" "$file.sums" <<'PY'
import json, sys
from decimal import Decimal
result = json.load(open(sys.argv[1]))
sums = {}
for line in open(sys.argv[2]):
    key, rows, total = line.rstrip("\n").split("\t")
    sums[key] = (int(rows), Decimal(total))
inputs = {i["field"]: Decimal(i["value"]) for m in result["metrics"] for i in m["trace"]["inputs"] if ":" in i["field"]}
print(f"  {len(inputs)} group inputs in the trace, {sum(r for r, _ in sums.values()):,} rows generated")
elec = next(m for m in result["metrics"] if m["id"] == "energy.electricity")
expected = sum(t for k, (r, t) in sums.items() if k.startswith("electricity")) / 1000
print(f"  energy.electricity {elec['value']} MWh; generator's sum {expected} MWh; equal: {Decimal(elec['value']) == expected}")
PY
