#!/usr/bin/env bash
# bench/peers/run.sh: `emissions calculate` against the GSF Impact Framework 1.1.0 (`if-run`) on the same N metered
# electricity readings, whole process (start to last byte written), full output to a file, N = 10^3 … 10^6.
#   bench/peers/run.sh [EMISSIONS_CMD]      default: dotnet src/Emissions.Cli/bin/Release/net10.0/emissions.dll
# Environment: SIZES ("1000 10000 100000 1000000"), RUNS (3; the median is reported), PEER_MAX_N (1000000; larger
# sizes time Emissions alone), PEER_RUNS_LARGE (1: runs of the peer at N >= 100000), EMISSIONS_ARGS (extra arguments
# for `calculate`, e.g. "--trace full"), WORK (a temp folder). Installs @grnsft/if@1.1.0 from the npm registry into
# WORK once. Prints a Markdown table; checks before timing that both totals agree (relative difference < 1e-9: the
# peer sums in binary floating point, Emissions in decimal).
set -euo pipefail
cd "$(dirname "$0")/../.."
EMISSIONS=${1:-"dotnet src/Emissions.Cli/bin/Release/net10.0/emissions.dll"}
SIZES=${SIZES:-"1000 10000 100000 1000000"}
RUNS=${RUNS:-3}
PEER_MAX_N=${PEER_MAX_N:-1000000}
PEER_RUNS_LARGE=${PEER_RUNS_LARGE:-1}
EMISSIONS_ARGS=${EMISSIONS_ARGS:-}
WORK=${WORK:-/tmp/emissions-peers}
mkdir -p "$WORK"

if [[ ! -x "$WORK/peer/node_modules/.bin/if-run" ]]; then
  mkdir -p "$WORK/peer"
  (cd "$WORK/peer" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent @grnsft/if@1.1.0 >/dev/null)
fi
IF_RUN="$WORK/peer/node_modules/.bin/if-run"
export NPM_CONFIG_UPDATE_NOTIFIER=false

# one timed run: prints "wall_s cpu_s maxrss_MiB"
timed() {
  local log="$WORK/time.txt"
  /usr/bin/time -o "$log" -f "%e %U %S %M" "$@"
  awk '{ printf "%s %.2f %.0f\n", $1, $2 + $3, $4 / 1024 }' "$log"
}
median() { sort -n | awk '{ a[NR] = $0 } END { print a[int((NR + 1) / 2)] }'; }

emissions_total() { # ghg.scope2 (tCO2e) from the CSV answer
  $EMISSIONS calculate "$1" --format csv | awk -F, '$1 == "ghg.scope2" && $2 == "" { print $3 }'
}
peer_total() { # the root's aggregated carbon, the last lines of the output manifest
  tail -n 3 "$1" | awk '$1 == "carbon:" { print $2 }'
}

echo "| N | Emissions wall s | CPU s | RSS MiB | output MB | peer wall s | CPU s | RSS MiB | output MB | peer / Emissions, wall | CPU | totals (tCO2e) |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
for n in $SIZES; do
  [[ -f "$WORK/emissions-$n.json" ]] || python3 bench/peers/make_inputs.py "$n" "$WORK"
  ours=$(emissions_total "$WORK/emissions-$n.json")
  e_runs=()
  for _ in $(seq "$RUNS"); do
    # shellcheck disable=SC2086
    e_runs+=("$(timed sh -c "$EMISSIONS calculate '$WORK/emissions-$n.json' --format json $EMISSIONS_ARGS > '$WORK/emissions-$n.out.json'")")
  done
  e=$(printf '%s\n' "${e_runs[@]}" | median)
  e_mb=$(stat -c %s "$WORK/emissions-$n.out.json" | awk '{ printf "%.1f", $1 / 1e6 }')
  if (( n <= PEER_MAX_N )); then
    runs=$RUNS; (( n >= 100000 )) && runs=$PEER_RUNS_LARGE
    p_runs=()
    for _ in $(seq "$runs"); do
      rm -f "$WORK/if-$n-answer.yaml"
      p_runs+=("$(timed sh -c "'$IF_RUN' -m '$WORK/if-$n.yml' -o '$WORK/if-$n-answer' > /dev/null 2>&1")")
    done
    p=$(printf '%s\n' "${p_runs[@]}" | median)
    p_mb=$(stat -c %s "$WORK/if-$n-answer.yaml" | awk '{ printf "%.1f", $1 / 1e6 }')
    theirs=$(peer_total "$WORK/if-$n-answer.yaml")
    agree=$(python3 -c "from decimal import Decimal as D; a, b = D('$ours'), D('$theirs'); print('agree' if abs(a - b) <= a * D('1e-9') else 'DIFFER')")
    if [[ "$agree" != agree ]]; then echo "totals differ at N=$n: Emissions $ours, peer $theirs" >&2; exit 1; fi
    read -r ew ec er <<<"$e"; read -r pw pc pr <<<"$p"
    ratio=$(awk -v pw="$pw" -v ew="$ew" -v pc="$pc" -v ec="$ec" 'BEGIN { printf "%.1f× | %.1f×", pw / ew, pc / ec }')
    echo "| $n | $ew | $ec | $er | $e_mb | $pw | $pc | $pr | $p_mb | $ratio | $ours = $theirs ($agree) |"
  else
    read -r ew ec er <<<"$e"
    echo "| $n | $ew | $ec | $er | $e_mb | — | — | — | — | — | — | $ours |"
  fi
done
