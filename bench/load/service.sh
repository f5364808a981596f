# Sourced by run.sh, cpu.sh and hostile.sh: wrk installed, the Release service started on 127.0.0.1:$PORT the way the
# container image runs it (SQLite in a temp folder, rate limiting off, warnings only, DOTNET_GCgen0size as the image
# sets it; GEN0SIZE=default for the runtime's own gen-0 budget), stopped and its folder removed on exit, and the wrk
# script that posts the Kuaishou 2020 report. The caller sets PORT and may set API (a build: an Emissions.Api.dll run
# under `dotnet`, an executable — a self-contained or Native AOT Emissions.Api — or a published folder, whose
# Emissions.Api executable is run; API_DLL is the older name of the same setting) and runtime_env (extra environment,
# e.g. perf maps) and SERVER_ENV (runtime settings to try, "NAME=value NAME=value"); SERVER_WRAPPER (an array: a command
# the server runs under, e.g. valgrind) and READY_TRIES (half-seconds to wait for /readyz, 120) are callgrind-service.sh's. Sets: BASE, FIXTURE, work_dir, server_pid, post_lua.
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

# API: run a server built elsewhere (a copy of an earlier tree's Release output for before/after runs, a publish).
API=${API:-${API_DLL:-}}
if [[ -z "$API" ]]; then
  echo "Building Release …"
  dotnet build src/Emissions.Api -c Release -v quiet -nologo >/dev/null
  API=src/Emissions.Api/bin/Release/net10.0/Emissions.Api.dll
fi
if [[ -d "$API" ]]; then API="${API%/}/Emissions.Api"; fi
case "$API" in
  *.dll) [[ -f "$API" ]] || { echo "no such file: $API" >&2; exit 2; }; server_command=(dotnet "$API") ;;
  *) [[ -x "$API" ]] || { echo "not an executable, a .dll or a published folder: $API" >&2; exit 2; }; server_command=("$API") ;;
esac
echo "server: ${server_command[*]}"

# DOTNET_GCgen0size: the container image's setting (Emissions.Api.csproj, ContainerEnvironmentVariable); the runtime
# reads it only from the environment, always as hexadecimal. Written without `0x`, because the Native AOT runtime ignores
# a value with the prefix (ADR 0020); the JIT runtime reads both alike (a probe allocating 1.2 GB of 100-byte arrays:
# 734 gen-0 collections by default, 45 with 0x2000000 and 45 with 2000000).
runtime_env=("${runtime_env[@]}")
gen0size=${GEN0SIZE:-2000000}
[[ "$gen0size" == default ]] || runtime_env+=(DOTNET_GCgen0size="$gen0size")
echo "DOTNET_GCgen0size: $gen0size"
# SERVER_ENV: more runtime settings for the server, space-separated NAME=value pairs (e.g. "DOTNET_gcConcurrent=0
# DOTNET_TieredPGO=1"), to measure a runtime setting on the same build without rebuilding it.
if [[ -n "${SERVER_ENV:-}" ]]; then
  read -ra server_env <<<"$SERVER_ENV"
  runtime_env+=("${server_env[@]}")
  echo "server environment: ${server_env[*]}"
fi

# RATE_LIMIT=1: rate limiting on, as production runs it by default, with a window no load run can use up (the limiter's
# own cost per request, measured); otherwise off.
rate_limit=(RateLimit__Enabled=false)
if [[ "${RATE_LIMIT:-0}" == 1 ]]; then
  rate_limit=(RateLimit__Enabled=true RateLimit__AnonymousPermitsPerWindow=2000000000 RateLimit__PermitsPerWindow=2000000000)
  echo "rate limiting: on"
fi
env "${runtime_env[@]}" \
ASPNETCORE_ENVIRONMENT=Production \
Database__Provider=sqlite \
Database__Path="$work_dir/bench.db" \
"${rate_limit[@]}" \
Logging__LogLevel__Default=Warning \
  ${SERVER_WRAPPER[@]+"${SERVER_WRAPPER[@]}"} "${server_command[@]}" --urls "$BASE" >"$work_dir/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 "${READY_TRIES:-120}"); do curl -sf -o /dev/null "$BASE/readyz" && break; sleep 0.5; done
curl -sf -o /dev/null "$BASE/readyz" || { echo "server did not start:"; cat "$work_dir/server.log"; exit 1; }

post_lua="$work_dir/post.lua"
cat >"$post_lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$PWD/$FIXTURE", "rb")
wrk.body = f:read("*a")
f:close()
LUA
