#!/usr/bin/env bash
# capture.sh CORPUS OUT [CLI_DLL]: every output `emissions calculate` gives for the corpus (stdout, stderr, exit code),
# for byte-for-byte comparison between builds (diff -r OUT-before OUT-after). Good inputs run in json, csv and table
# under each of four factor sets; bad inputs in json, csv and table under their own set. Uses the Release build.
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
} | xargs -P 2 -L 1 bash -c '
  f=$0; set=$1; fmt=$2; b=$(basename $f .json)
  if [[ $set == - ]]; then name="bad-$b.$fmt"; args=(); else name="$b.$set.$fmt"; args=(--factor-set "$set"); fi
  dotnet "$cli" calculate "$f" --format $fmt "${args[@]}" >"$out/$name" 2>"$out/$name.err" && rc=0 || rc=$?
  echo $rc >"$out/$name.rc"'
echo "captured $(ls "$out" | grep -vc "\.\(err\|rc\)$") runs"
