#!/usr/bin/env bash
# Hostile requests mixed into the check load (issue 17): the 64-connection POST /v1/checks load of run.sh, alone
# (clean) and then with a second wrk sending the hostile repros of issue 17 at the same time on 4 connections
# (formula of 5,000 minus signs, 5,000-term sum, 25,000 nested parentheses, kg²²²²²²²²², a 20,000-factor unit,
# 10^999t, 60,000 nested arrays, 2 MB of padding …). Reports the check load's requests/s and p99 in both runs and
# their ratio; the goal is within 10 %. Then each hostile body alone, timed with curl: the slowest answer, whose bound
# is a second (issue 17; the tests do not time requests: HostileScalingTests checks that the work a hostile request
# causes grows in proportion to its size). Only ever targets 127.0.0.1; each run lasts DURATION (default 10s).
#
#   bench/load/hostile.sh
#   DURATION=20s bench/load/hostile.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
HOSTILE_CONNECTIONS=${HOSTILE_CONNECTIONS:-4}
# A port free now unless PORT is given: two runs at once (or another service) never meet on a fixed one.
PORT=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
runtime_env=()
source bench/load/service.sh

# The hostile bodies, one per line, generated here so the script needs nothing but bash, python3 and wrk.
python3 - "$work_dir/hostile.txt" <<'PY'
import json, sys
def formula(f): return json.dumps({"figures": [{"id": "a", "value": "1"}], "relations": [{"id": "r", "metric": "a", "formula": f}]})
def unit(u): return json.dumps({"figures": [{"id": "a", "value": "1", "unit": u}]})
bodies = [
    formula("-" * 5000 + "a"), formula(" + ".join(["a"] * 5000)), formula("(" * 25000 + "a" + ")" * 25000),
    formula("a * 2 10^999t"), unit("(" * 40000 + "kg" + ")" * 40000), unit("kg²²²²²²²²²"), unit("·".join(["kg"] * 20000)),
    unit("t^999"), unit("10^999t"), unit("kg^-2147483648"), "[" * 60000, '{"pad":"' + "x" * 2_000_000 + '"}',
    '{"figures":[{"id":"a","value":"1e-2147483649","unit":"t"}]}', "{", '{"a":1,"a":2}',
]
with open(sys.argv[1], "w") as out:
    for b in bodies: out.write(b.replace("\n", " ") + "\n")
PY
cat >"$work_dir/hostile.lua" <<LUA
local bodies = {}
for line in io.lines("$work_dir/hostile.txt") do bodies[#bodies + 1] = line end
local i = 0
request = function()
  i = i % #bodies + 1
  return wrk.format("POST", "/v1/checks", { ["Content-Type"] = "application/json" }, bodies[i])
end
LUA

# Warm-up, then the clean run, then the same run with the hostile stream beside it.
wrk -t2 -c"$CONNECTIONS" -d3s -s "$post_lua" "$BASE/v1/checks" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$post_lua" "$BASE/v1/checks" >"$work_dir/clean.txt"
wrk -t1 -c"$HOSTILE_CONNECTIONS" -d"$DURATION" --latency -s "$work_dir/hostile.lua" "$BASE/v1/checks" >"$work_dir/hostile.txt.out" &
hostile_pid=$!
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$post_lua" "$BASE/v1/checks" >"$work_dir/mixed.txt"
wait "$hostile_pid"

to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v } else { sub(/s$/, "", v); printf "%.2f", v * 1000 } }'; }
rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
p99() { to_ms "$(awk '$1 == "99%" {print $2}' "$1")"; }
non2xx() { awk '/Non-2xx/ {n = $NF} END {print n + 0}' "$1"; }

clean_rps=$(rps "$work_dir/clean.txt"); mixed_rps=$(rps "$work_dir/mixed.txt")
clean_p99=$(p99 "$work_dir/clean.txt"); mixed_p99=$(p99 "$work_dir/mixed.txt")
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-44s %12s %10s\n' "POST /v1/checks, $CONNECTIONS connections" "req/s" "p99 ms"
printf '%-44s %12s %10s\n' "clean" "$clean_rps" "$clean_p99"
printf '%-44s %12s %10s\n' "with hostile stream ($HOSTILE_CONNECTIONS conn.)" "$mixed_rps" "$mixed_p99"
awk -v a="$clean_rps" -v b="$mixed_rps" -v c="$clean_p99" -v d="$mixed_p99" \
  'BEGIN { printf "throughput ratio (mixed/clean) %.3f, p99 ratio %.3f\n", b / a, d / c }'
echo "hostile stream: $(rps "$work_dir/hostile.txt.out") req/s, non-2xx: $(non2xx "$work_dir/hostile.txt.out"), p99 $(p99 "$work_dir/hostile.txt.out") ms"
echo "check load non-2xx: clean $(non2xx "$work_dir/clean.txt"), mixed $(non2xx "$work_dir/mixed.txt")"

# Each hostile body alone, after the load: the slowest of them (fastest of 3 tries each, as a stall is not work).
slowest_ms=0; slowest_line=0; line=0
while IFS= read -r body; do
  line=$((line + 1))
  best=""
  for _ in 1 2 3; do
    t=$(printf '%s' "$body" | curl -s -o /dev/null -w '%{time_total}' -H 'Content-Type: application/json' --data-binary @- "$BASE/v1/checks")
    best=$(awk -v a="$best" -v b="$t" 'BEGIN { print (a == "" || b < a) ? b : a }')
  done
  ms=$(awk -v s="$best" 'BEGIN { printf "%.1f", s * 1000 }')
  if awk -v a="$ms" -v b="$slowest_ms" 'BEGIN { exit !(a > b) }'; then slowest_ms=$ms; slowest_line=$line; fi
done <"$work_dir/hostile.txt"
echo "slowest hostile body alone: ${slowest_ms} ms (body $slowest_line of $line; bound 1000 ms)"
awk -v a="$slowest_ms" 'BEGIN { exit !(a < 1000) }' || { echo "a hostile body took a second or more" >&2; exit 1; }
