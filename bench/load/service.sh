# Sourced by run.sh, cpu.sh and hostile.sh: wrk installed, the Release service started on 127.0.0.1:$PORT the way the
# container image runs it (SQLite in a temp folder, rate limiting off, warnings only, DOTNET_GCgen0size as the image
# sets it; GEN0SIZE=default for the runtime's own gen-0 budget), stopped and its folder removed on exit, and the wrk
# script that posts the Kuaishou 2020 report. The caller sets PORT and may set API_DLL (another tree's Release output)
# and runtime_env (extra environment, e.g. perf maps). Sets: BASE, FIXTURE, work_dir, server_pid, post_lua.
BASE="http://127.0.0.1:$PORT"
FIXTURE=${FIXTURE:-tests/fixtures/kuaishou-2020/report.json}

if ! command -v wrk >/dev/null 2>&1; then
  if [[ "$(id -u)" == "0" ]]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  else
    echo "wrk is not installed (apt-get install wrk)" >&2
    exit 2
  fi
fi

work_dir=$(mktemp -d /tmp/emissions-load.XXXXXX)
server_pid=""
stop_service() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" && wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work_dir"
}
trap stop_service EXIT

# API_DLL: run a server built elsewhere (a copy of an earlier tree's Release output, for before/after runs).
if [[ -z "${API_DLL:-}" ]]; then
  echo "Building Release …"
  dotnet build src/Emissions.Api -c Release -v quiet -nologo >/dev/null
fi
API_DLL=${API_DLL:-src/Emissions.Api/bin/Release/net10.0/Emissions.Api.dll}

# DOTNET_GCgen0size: the container image's setting (Emissions.Api.csproj, ContainerEnvironmentVariable); the runtime
# reads it only from the environment.
runtime_env=("${runtime_env[@]}")
gen0size=${GEN0SIZE:-0x2000000}
[[ "$gen0size" == default ]] || runtime_env+=(DOTNET_GCgen0size="$gen0size")
echo "DOTNET_GCgen0size: $gen0size"

env "${runtime_env[@]}" \
ASPNETCORE_ENVIRONMENT=Production \
Database__Provider=sqlite \
Database__Path="$work_dir/bench.db" \
RateLimit__Enabled=false \
Logging__LogLevel__Default=Warning \
  dotnet "$API_DLL" --urls "$BASE" >"$work_dir/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do curl -sf -o /dev/null "$BASE/readyz" && break; sleep 0.5; done
curl -sf -o /dev/null "$BASE/readyz" || { echo "server did not start:"; cat "$work_dir/server.log"; exit 1; }

post_lua="$work_dir/post.lua"
cat >"$post_lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$PWD/$FIXTURE", "rb")
wrk.body = f:read("*a")
f:close()
LUA
