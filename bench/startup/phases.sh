#!/usr/bin/env bash
# bench/startup/phases.sh BUILD [BUILD ...]: one start of the service split into phases, each build measured by
# bench/startup/service-cost.sh stopped at four points (STOP_AFTER=ready, healthz, check, exit; see its header):
#   process start → listening | the first GET /healthz | the first POST /v1/checks (Kuaishou 2020) | SIGTERM → exit
# Each stop is its own series of RUNS starts (medians); a phase is the difference of two stops' medians, so a phase
# much smaller than the spread of its stops (the shutdown, in CPU) is read from instructions (TOOL=callgrind), not CPU.
# The environment passes through: TOOL (perf or callgrind), RUNS, AS_CONTAINER, KEEP_DB, ENV, SETTLE.
# From the repository (the default) the content root is the checkout: a build writing in it while a stop idles wakes
# the configuration file watcher, whose work lands in that stop; measure with no build running in the checkout.
#
#   AS_CONTAINER=1 RUNS=7 bash bench/startup/phases.sh /tmp/before/ /tmp/after/
#   AS_CONTAINER=1 TOOL=callgrind RUNS=3 bash bench/startup/phases.sh /tmp/after/
set -euo pipefail
cd "$(dirname "$0")/../.."
[[ $# -gt 0 ]] || { echo "usage: bench/startup/phases.sh BUILD [BUILD ...]" >&2; exit 1; }
TOOL=${TOOL:-perf}
case "$TOOL" in perf) unit="CPU ms" ;; callgrind) unit="instructions" ;; *) echo "TOOL is perf or callgrind" >&2; exit 1 ;; esac
stops=(ready healthz check exit)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| build | $unit: start → listening | first /healthz | first /v1/checks | SIGTERM → exit | whole (exit stop) |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
for build in "$@"; do
  values=()
  for stop in "${stops[@]}"; do
    # the first column of service-cost.sh's row for this build: the median CPU ms or instruction count
    values+=("$(STOP_AFTER=$stop bash bench/startup/service-cost.sh "$build" | awk -F'|' '/^\| `/ { gsub(/ /, "", $3); print $3 }')")
  done
  python3 - "$build" "${values[@]}" <<'EOF'
import sys
build, *v = sys.argv[1:]
v = [float(x) for x in v]
phases = [v[0], v[1] - v[0], v[2] - v[1], v[3] - v[2], v[3]]
fmt = (lambda x: f"{x:,.1f}") if max(v) < 10_000 else (lambda x: f"{x / 1e6:,.2f} M")
print(f"| `{build}` | " + " | ".join(fmt(p) for p in phases) + " |")
EOF
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
