#!/usr/bin/env bash
# capture.sh CORPUS OUT [CLI_DLL|CLI_BINARY]: every output `emissions calculate` gives for the corpus (stdout, stderr, exit code),
# for byte-for-byte comparison between builds (diff -r OUT-before OUT-after). Good inputs run in json, csv and table
# under each of four factor sets; bad inputs in json, csv and table under their own set. Uses the Release build;
# a third argument not ending in .dll is run as a native binary (the Native AOT publish, its factors/ beside it).
set -euo pipefail
corpus=$(cd "$1" && pwd); out=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
cli=${3:-"$root/src/Emissions.Cli/bin/Release/net10.0/emissions.dll"}
rm -rf "$out"; mkdir -p "$out"; out=$(cd "$out" && pwd)
export cli out
{
  for f in "$corpus"/good/*.json; do
    for set in cn-2022 cn-2020 ipcc-2006-ar5 uk-desnz-2024; do
      for fmt in json csv table; do echo "$f $set $fmt"; done
    done
  done
  for f in "$corpus"/bad/*.json; do
    for fmt in json csv table; do echo "$f - $fmt"; done
  done
  # Uncertainty (issue 15): Monte Carlo and first order, every input kind and factor at their published ranges, in json
  # (every interval and share) and table; a second seed and draw count, and uniform/triangular shapes, under cn-2022.
  for f in "$corpus"/good/*.json; do
    for set in cn-2022 cn-2020; do
      echo "$f $set json u1"; echo "$f $set table u1"
    done
    echo "$f cn-2022 json u2"
  done
} | xargs -P 2 -L 1 bash -c '
  f=$0; set=$1; fmt=$2; u=${3:-}; b=$(basename $f .json)
  if [[ $set == - ]]; then name="bad-$b.$fmt"; args=(); else name="$b.$set.$fmt"; args=(--factor-set "$set"); fi
  if [[ $u == u1 ]]; then name="$b.$set.uncertainty.$fmt"; args+=(--uncertainty factors=ipcc --uncertainty electricity=2% --uncertainty fuels=5% --uncertainty heat=10% --uncertainty refrigerants=30% --uncertainty waste=20% --uncertainty water=5%); fi
  if [[ $u == u2 ]]; then name="$b.$set.uncertainty2.$fmt"; args+=(--uncertainty factors=5% --uncertainty electricity=3%:uniform --uncertainty fuels=10%:triangular --uncertainty headcount=1% --uncertainty revenue=2% --uncertainty seed=11 --uncertainty draws=3000); fi
  if [[ $cli == *.dll ]]; then run=(dotnet "$cli"); else run=("$cli"); fi
  "${run[@]}" calculate "$f" --format $fmt "${args[@]}" >"$out/$name" 2>"$out/$name.err" && rc=0 || rc=$?
  echo $rc >"$out/$name.rc"'
echo "captured $(ls "$out" | grep -vc "\.\(err\|rc\)$") runs"
