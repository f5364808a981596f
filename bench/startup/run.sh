#!/usr/bin/env bash
# bench/startup/run.sh [EMISSIONS_CMD ...]: whole-process start-up of the CLI as a ratio to `dotnet` running an empty
# console program, all in one run: `convert "69.44 萬噸" t` (no factor library) and `calculate` of a 1-record inventory
# (loads and validates the factor library). Each EMISSIONS_CMD is a way to start the CLI (default: the Release build's
# emissions.dll under dotnet; a ReadyToRun or AOT publish's `emissions` binary can be added). RUNS (default 20) runs
# each; the median wall time and median CPU time (user + sys) are printed, with their ratios to the empty program.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-20}
WORK=${WORK:-/tmp/emissions-startup}
mkdir -p "$WORK"
if (( $# == 0 )); then set -- "dotnet src/Emissions.Cli/bin/Release/net10.0/emissions.dll"; fi

if [[ ! -f "$WORK/empty/bin/Release/net10.0/empty.dll" ]]; then
  rm -rf "$WORK/empty" && mkdir -p "$WORK/empty"
  cat > "$WORK/empty/empty.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings></PropertyGroup>
</Project>
XML
  echo 'return 0;' > "$WORK/empty/Program.cs"
  (cd "$WORK/empty" && dotnet build -c Release -v q -nologo >/dev/null)
fi
echo '{"factorSet": "cn-2022", "electricity": [{"amount": "100 MWh", "region": "CN-North"}]}' > "$WORK/one.json"

# median wall and CPU seconds of RUNS runs of "$@"
measure() {
  local walls=() cpus=()
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -o "$WORK/t" -f "%e %U %S" "$@" >/dev/null 2>&1
    read -r w u s <"$WORK/t"; walls+=("$w"); cpus+=("$(awk -v u="$u" -v s="$s" 'BEGIN { print u + s }')")
  done
  printf '%s %s\n' "$(printf '%s\n' "${walls[@]}" | sort -n | awk '{ a[NR] = $0 } END { print a[int((NR + 1) / 2)] }')" \
    "$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{ a[NR] = $0 } END { print a[int((NR + 1) / 2)] }')"
}

read -r bw bc < <(measure dotnet "$WORK/empty/bin/Release/net10.0/empty.dll")
echo "| what | wall s (median of $RUNS) | × empty | CPU s | × empty |"
echo "| --- | ---: | ---: | ---: | ---: |"
echo "| \`dotnet empty.dll\` (baseline) | $bw | 1.00 | $bc | 1.00 |"
for cli in "$@"; do
  # shellcheck disable=SC2086
  for verb in convert calculate; do
    if [[ $verb == convert ]]; then args=(convert "69.44 萬噸" t); else args=(calculate "$WORK/one.json" --format json); fi
    read -r w c < <(measure $cli "${args[@]}")
    awk -v n="\`$cli $verb\`" -v w="$w" -v c="$c" -v bw="$bw" -v bc="$bc" \
      'BEGIN { printf "| %s | %s | %.2f | %s | %.2f |\n", n, w, w / bw, c, c / bc }'
  done
done
