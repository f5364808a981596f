#!/usr/bin/env bash
# bench/startup/run.sh [EMISSIONS_CMD ...]: whole-process start-up of the CLI, all in one run, as ratios to two
# baselines: `dotnet` running an empty console program (the goal's baseline: ≤ 1.5×) and an empty Native AOT program
# (the floor of any process on this machine). Verbs: `convert "69.44 萬噸" t` (no factor library) and `calculate` of a
# 1-record inventory with `--format json`, once with the factor library's validation snapshot warm (the normal case
# from the second run on) and once with EMISSIONS_CACHE_DIR=off (every factor file validated against its schema: the
# first run's cost, and every run's before the snapshot). Each EMISSIONS_CMD is a way to start the CLI (default: the
# Release build's emissions.dll under dotnet; a ReadyToRun or Native AOT publish's `emissions` binary can be added).
# RUNS (default 20) runs each; prints the median wall and CPU (user + sys) seconds, their ratios, and the load average
# before and after.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-20}
WORK=${WORK:-/tmp/emissions-startup}
mkdir -p "$WORK"
if (( $# == 0 )); then set -- "dotnet src/Emissions.Cli/bin/Release/net10.0/emissions.dll"; fi

empty_project() { # $1: folder, $2: extra properties
  rm -rf "$1" && mkdir -p "$1"
  cat > "$1/empty.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings>$2</PropertyGroup>
</Project>
XML
  echo 'return 0;' > "$1/Program.cs"
}
if [[ ! -f "$WORK/empty/bin/Release/net10.0/empty.dll" ]]; then
  empty_project "$WORK/empty" ""
  (cd "$WORK/empty" && dotnet build -c Release -v q -nologo >/dev/null)
fi
if [[ ! -x "$WORK/empty-aot/out/empty" ]]; then
  empty_project "$WORK/empty-aot" "<PublishAot>true</PublishAot>"
  (cd "$WORK/empty-aot" && dotnet publish -c Release -r linux-x64 -o out -v q -nologo >/dev/null)
fi
echo '{"factorSet": "cn-2022", "electricity": [{"amount": "100 MWh", "region": "CN-North"}]}' > "$WORK/one.json"
export EMISSIONS_CACHE_DIR="$WORK/cache"

# median wall and CPU seconds of RUNS runs of "$@". CPU is perf's task-clock (every thread, user + sys, to the
# microsecond) where perf is installed: /usr/bin/time counts 10 ms ticks, which reads 0 for a native empty program.
measure() {
  local walls=() cpus=() t0 t1
  for _ in $(seq "$RUNS"); do
    if command -v perf >/dev/null 2>&1; then
      t0=$(date +%s%N)
      perf stat -x, -e task-clock -o "$WORK/t" "$@" >/dev/null 2>&1
      t1=$(date +%s%N)
      walls+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')")
      cpus+=("$(awk -F, '$3 ~ /task-clock/ { printf "%.4f", $1 / 1000 }' "$WORK/t")")
    else
      /usr/bin/time -o "$WORK/t" -f "%e %U %S" "$@" >/dev/null 2>&1
      read -r w u s <"$WORK/t"; walls+=("$w"); cpus+=("$(awk -v u="$u" -v s="$s" 'BEGIN { print u + s }')")
    fi
  done
  printf '%s %s\n' "$(printf '%s\n' "${walls[@]}" | sort -n | awk '{ a[NR] = $0 } END { print a[int((NR + 1) / 2)] }')" \
    "$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{ a[NR] = $0 } END { print a[int((NR + 1) / 2)] }')"
}
row() { # name wall cpu
  awk -v n="$1" -v w="$2" -v c="$3" -v bw="$bw" -v bc="$bc" -v aw="$aw" -v ac="$ac" \
    'BEGIN { printf "| %s | %s | %.2f | %.2f | %s | %.2f | %.1f |\n", n, w, w / bw, w / aw, c, c / bc, c / ac }'
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
read -r bw bc < <(measure dotnet "$WORK/empty/bin/Release/net10.0/empty.dll")
read -r aw ac < <(measure "$WORK/empty-aot/out/empty")
echo
echo "| what | wall s (median of $RUNS) | × dotnet empty | × AOT empty | CPU s | × dotnet empty | × AOT empty |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
row "\`dotnet empty.dll\` (baseline)" "$bw" "$bc"
row "Native AOT empty program" "$aw" "$ac"
for cli in "$@"; do
  # shellcheck disable=SC2086
  $cli calculate "$WORK/one.json" --format json >"$WORK/warm.json" # the first run saves the validation snapshot
  # The cold path validates every factor file (in the AOT build, after JsonSchema.Net's deferred set-up): it must
  # succeed and answer the same bytes, or the timings below compare a failure.
  EMISSIONS_CACHE_DIR=off $cli calculate "$WORK/one.json" --format json >"$WORK/cold.json" \
    || { echo "\`$cli calculate\` failed with EMISSIONS_CACHE_DIR=off" >&2; exit 1; }
  cmp -s "$WORK/warm.json" "$WORK/cold.json" || { echo "\`$cli calculate\` answers differently without the snapshot" >&2; exit 1; }
  read -r w c < <(measure $cli convert "69.44 萬噸" t)
  row "\`$cli convert\`" "$w" "$c"
  read -r w c < <(measure $cli calculate "$WORK/one.json" --format json)
  row "\`$cli calculate\` (1 record, snapshot)" "$w" "$c"
  read -r w c < <(EMISSIONS_CACHE_DIR=off measure $cli calculate "$WORK/one.json" --format json)
  row "\`$cli calculate\` (1 record, no snapshot: every file validated)" "$w" "$c"
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
