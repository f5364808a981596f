#!/usr/bin/env bash
# bench/startup/service-cost.sh [BUILD ...]: what one start of the service costs, measured to the microsecond rather
# than in service.sh's 10 ms /proc ticks: each start runs under `perf stat` (task-clock = CPU of every thread, user +
# sys; page faults; context switches), answers its first GET /healthz and POST /v1/checks (the Kuaishou 2020 report),
# and is then stopped with SIGTERM, so the figures are start + first answers + an orderly shutdown.
# TOOL=callgrind instead runs each start under `valgrind --tool=callgrind` and prints its instruction count (Ir),
# which does not move with the machine's load (a start takes ~1 min under valgrind); TOOL=time uses /usr/bin/time -v
# (peak RSS and minor faults); TOOL=record records each start with `perf record -F 20000 -g -e cpu-clock` and writes its
# `perf script` text to PROFILE_DIR (default /tmp/emissions-profile), where bench/startup/profile-shares.py reads it
# (the share of the samples in dependency injection, GC, page faults, routing …). With CALLGRIND_DIR set, TOOL=callgrind
# keeps each start's callgrind output there; `bench/callgrind-names.py --dbg` names its functions from the build's .dbg.
# A BUILD is an Emissions.Api executable or a published folder holding one (Native AOT); RUNS (default 5) starts each,
# median printed. The factor library's snapshots are warm (one start before the series). Extra environment for every
# start can be given as ENV="DOTNET_GCgen0size=2000000 DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1". Each start begins on an
# empty SQLite database (its schema created) unless KEEP_DB=1: then every start after the warm one is a restart on the
# database the warm start created, as a service restarted in place finds it. AS_CONTAINER=1 starts each as the container
# image does: in the executable's own (published) folder, which becomes the content root, with the address in
# ASPNETCORE_URLS and no argument. By default the service starts in the repository (content root: the checkout, whose
# ~400 folders appsettings.json's file watcher adds one by one, against the published folder's ~56) with `--urls`:
# ~6 M instructions (5 %) the container's start does not pay (bench/startup/RESULTS.md, 2026-12-07 servicestart7).
# STOP_AFTER splits one start into phases: `ready` (the listening socket exists: polled with `ss`, no request sent),
# `healthz` (the first GET /healthz answered), `check` (the first POST /v1/checks answered) or `exit` (the default:
# after the check, SIGTERM and the orderly shutdown). For the first three the count ends there: after SETTLE seconds
# (default 0.3; 3 under callgrind, which runs ~50x slower) of the process idling, so work it still does after the
# event (log writes, a continuation) is in, perf's count ends with a SIGKILL, callgrind's with a dump
# (`callgrind_control --dump`) and then a SIGKILL. A phase is the difference of two stops: `healthz` − `ready` is the
# first /healthz, `check` − `healthz` the first /v1/checks, `exit` − `check` the shutdown. The idle process does
# nearly nothing (Kestrel's heartbeat, once a second), so SETTLE adds little; the figures are each stop's medians.
# bench/startup/phases.sh runs the four stops and prints the phases.
#
#   RUNS=10 bash bench/startup/service-cost.sh /tmp/before/ /tmp/after/
#   TOOL=callgrind RUNS=1 bash bench/startup/service-cost.sh /tmp/before/ /tmp/after/
#   for s in ready healthz check exit; do STOP_AFTER=$s AS_CONTAINER=1 bash bench/startup/service-cost.sh /tmp/after/; done
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-5}
TOOL=${TOOL:-perf}
STOP_AFTER=${STOP_AFTER:-exit}
case "$STOP_AFTER" in ready | healthz | check | exit) ;; *) echo "STOP_AFTER is ready, healthz, check or exit" >&2; exit 1 ;; esac
if [[ $TOOL == callgrind ]]; then SETTLE=${SETTLE:-3}; else SETTLE=${SETTLE:-0.3}; fi
# A port free now unless PORT is given: two runs at once (or another service) never meet on a fixed one.
PORT=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
BASE="http://127.0.0.1:$PORT"
FIXTURE=tests/fixtures/kuaishou-2020/report.json
work=$(mktemp -d /tmp/emissions-service-cost.XXXXXX)
wrapper=""
trap 'if [[ -n "$wrapper" ]] && kill -0 "$wrapper" 2>/dev/null; then kill "$wrapper"; fi; rm -rf "$work"' EXIT
status() { curl -s -o /dev/null -w '%{http_code}' "$@" || true; }

# one start of executable $1: prints "cpu_ms page_faults context_switches" (perf), "Ir" (callgrind) or "cpu_s rss_kib minor_faults" (time)
start_once() {
  local exe=$1 server
  rm -f "$work/out"*
  [[ "${KEEP_DB:-0}" == 1 ]] || rm -f "$work/bench.db"*
  local dir=. address=(--urls "$BASE") url_env=()
  if [[ "${AS_CONTAINER:-0}" == 1 ]]; then dir=$(dirname "$exe"); address=(); url_env=(ASPNETCORE_URLS="$BASE"); fi
  # shellcheck disable=SC2086
  (cd "$dir" && exec env ${ENV:-} "${url_env[@]}" ASPNETCORE_ENVIRONMENT=Production Database__Provider=sqlite Database__Path="$work/bench.db" \
    RateLimit__Enabled=false Logging__LogLevel__Default=Warning EMISSIONS_CACHE_DIR="$work/cache" \
    "${measure[@]}" "$exe" "${address[@]}") >"$work/server.log" 2>&1 &
  wrapper=$!
  local stop=${stop_after:-$STOP_AFTER}
  if [[ $stop == ready ]]; then
    # the listening socket, seen from outside: the service gets no request
    until [[ -n "$(ss -Hltn "sport = :$PORT")" ]]; do
      kill -0 "$wrapper" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
      sleep 0.02
    done
  else
    until [[ "$(status "$BASE/healthz")" == 200 ]]; do
      kill -0 "$wrapper" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
      sleep 0.02
    done
  fi
  if [[ $stop == check || $stop == exit ]]; then
    [[ "$(status -X POST -H 'Content-Type: application/json' --data-binary "@$FIXTURE" "$BASE/v1/checks")" == 200 ]] \
      || { echo "POST /v1/checks did not answer 200" >&2; exit 1; }
  fi
  server=$(pgrep -P "$wrapper" -n || true)
  [[ -n "$server" ]] || server=$wrapper
  if [[ $stop == exit ]]; then
    kill -TERM "$server"
  else
    sleep "$SETTLE"
    if [[ $TOOL == callgrind ]]; then callgrind_control --dump "$server" >/dev/null 2>&1; fi
    kill -KILL "$server"
  fi
  wait "$wrapper" 2>/dev/null || true
  # a killed callgrind leaves its (empty) final file beside the dump
  find "$work" -maxdepth 1 -name 'out*' -empty -delete
  wrapper=""
  case "$TOOL" in
    perf) awk -F, '$3 ~ /task-clock/ { c = $1 } $3 ~ /page-faults/ { f = $1 } $3 ~ /context-switches/ { s = $1 }
                   END { printf "%.1f %d %d\n", c, f, s }' "$work/out" ;;
    callgrind)
      awk '/^summary:/ { print $2 }' "$work"/out* | head -1
      if [[ -n "${CALLGRIND_DIR:-}" ]]; then mkdir -p "$CALLGRIND_DIR"; mv "$work"/out.* "$(mktemp -p "$CALLGRIND_DIR" start.XXXXXX.callgrind)"; fi ;;
    time) awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } /Maximum resident/ { r = $2 } /Minor/ { m = $2 }
                      END { printf "%.2f %d %d\n", u + s, r, m }' "$work/out" ;;
    record)
      local text
      text=$(mktemp -p "$PROFILE_DIR" --suffix=.perf.txt start.XXXXXX)
      perf script -i "$work/out" 2>/dev/null >"$text"
      echo "$(grep -c -E '^\S' "$text") $text" ;;
  esac
}
case "$TOOL" in
  perf) measure=(perf stat -x, -e task-clock,page-faults,context-switches -o "$work/out"); header="CPU ms (task-clock) | page faults | context switches" ;;
  callgrind) measure=(valgrind --tool=callgrind --callgrind-out-file="$work/out.%p" --dump-instr=no); header="instructions (Ir)" ;;
  time) measure=(/usr/bin/time -v -o "$work/out"); header="CPU s | peak RSS KiB | minor faults" ;;
  record) PROFILE_DIR=${PROFILE_DIR:-/tmp/emissions-profile}; mkdir -p "$PROFILE_DIR"
          measure=(perf record -q -F 20000 -g -e cpu-clock -o "$work/out"); header="samples | profile" ;;
  *) echo "TOOL is perf, callgrind, time or record" >&2; exit 1 ;;
esac
columns=$(( $(tr -cd '|' <<<"$header" | wc -c) + 1 ))

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
case "$STOP_AFTER" in
  ready) phase="start → listening (SIGKILL after ${SETTLE} s)" ;;
  healthz) phase="start → first /healthz (SIGKILL after ${SETTLE} s)" ;;
  check) phase="start → first /healthz and /v1/checks (SIGKILL after ${SETTLE} s)" ;;
  exit) phase="start → first /healthz and /v1/checks → SIGTERM" ;;
esac
echo "| $phase (median of $RUNS) | $header | load (1 min) after |"
echo "| --- |$(printf ' ---: |%.0s' $(seq "$columns")) ---: |"
copies=0
for build in "$@"; do
  exe=$build
  [[ -d "$exe" ]] && exe="${exe%/}/Emissions.Api"
  [[ -x "$exe" ]] || { echo "not an executable or a published folder: $build" >&2; exit 1; }
  # valgrind gives up on a Native AOT executable's .dbg file beside it: callgrind runs a copy in a folder without it
  # (the rest of the published folder linked in), as bench/peers/callgrind.sh does.
  if [[ $TOOL == callgrind && -f "$exe.dbg" ]]; then
    copy="$work/callgrind-bin-$((++copies))"
    rm -rf "$copy"; mkdir -p "$copy"
    for f in "$(dirname "$(realpath "$exe")")"/*; do [[ $f == *.dbg ]] || ln -s "$f" "$copy/"; done
    rm "$copy/$(basename "$exe")"; cp "$exe" "$copy/"
    exe="$copy/$(basename "$exe")"
  fi
  rm -rf "$work/cache" "$work/bench.db"*
  saved_tool=$TOOL; saved_measure=("${measure[@]}")
  TOOL=perf; measure=(perf stat -x, -e task-clock -o "$work/out")
  stop_after=exit start_once "$exe" >/dev/null # warms the factor library's snapshots
  TOOL=$saved_tool; measure=("${saved_measure[@]}")
  rows=()
  for _ in $(seq "$RUNS"); do rows+=("$(start_once "$exe")"); done
  medians=()
  for col in $(seq "$columns"); do
    medians+=("$(printf '%s\n' "${rows[@]}" | awk -v c="$col" '{ print $c }' | sort -n | awk '{ a[NR] = $0 } END { print a[int((NR + 1) / 2)] }')")
  done
  echo "| \`$build\`${ENV:+ ($ENV)} | $(IFS='|'; echo "${medians[*]}" | sed 's/|/ | /g') | $(cut -d' ' -f1 /proc/loadavg) |"
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
