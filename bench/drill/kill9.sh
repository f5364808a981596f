#!/usr/bin/env bash
# Durability drill: writes under load, kill -9 of the service mid-write, restart, then every write the service
# acknowledged (201) must be there with the same content hash, revisions numbered 1..n without gaps, and a second
# kill/restart must change nothing. Runs on SQLite, and on PostgreSQL when EMISSIONS_DRILL_POSTGRES names a server
# (a connection string; the drill uses a schema of its own and drops it).
#
#   bench/drill/kill9.sh                     # ROUNDS=3 WRITERS=8 SECONDS_PER_ROUND=6
#   EMISSIONS_DRILL_POSTGRES="Host=127.0.0.1;Port=<its port>;Username=postgres;Database=emissions_test" bench/drill/kill9.sh
#
# Only ever targets 127.0.0.1. Prints one line per provider: acknowledged, found, lost, revision gaps.
set -euo pipefail
cd "$(dirname "$0")/../.."

ROUNDS=${ROUNDS:-3}
WRITERS=${WRITERS:-8}
SECONDS_PER_ROUND=${SECONDS_PER_ROUND:-6}
# A port free now unless PORT is given: two runs at once (or another service) never meet on a fixed one.
PORT=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
BASE="http://127.0.0.1:$PORT"
API=src/Emissions.Api/bin/Release/net10.0/Emissions.Api.dll
CLI=src/Emissions.Cli/bin/Release/net10.0/emissions.dll

work=$(mktemp -d /tmp/emissions-drill.XXXXXX)
server_pid=""
schema=""
cleanup() {
  [[ -n "$server_pid" ]] && kill -9 "$server_pid" 2>/dev/null || true
  if [[ -n "$schema" ]]; then
    psql "$(pg_uri)" -qc "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "Building Release …"
dotnet build src/Emissions.Api -c Release -v quiet -nologo >/dev/null
dotnet build src/Emissions.Cli -c Release -v quiet -nologo >/dev/null

start_server() {
  dotnet "$API" --urls "$BASE" >>"$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 240); do
    curl -sf -o /dev/null "$BASE/readyz" && return 0
    sleep 0.25
  done
  echo "the service did not become ready:"; tail -n 20 "$work/server.log"; exit 1
}

# One writer: new submissions, and every third write a revision of one of its earlier submissions. Each 201 is
# appended (id, revision, content hash) to the writer's log only after the answer arrived.
writer() {
  local n=$1 key=$2 i=0 last=""
  while :; do
    i=$((i + 1))
    local body="{\"kind\":\"report\",\"period\":\"w$n-$i\",\"document\":{\"figures\":[{\"metric\":\"org.headcount\",\"value\":\"$i\",\"unit\":\"人\"}]}}"
    local out
    if [[ -n "$last" && $((i % 3)) -eq 0 ]]; then
      out=$(curl -s -m 10 -X PUT -H "Authorization: Bearer $key" -H 'Content-Type: application/json' -d "$body" "$BASE/v1/submissions/$last" -w '\n%{http_code}') || return 0
    else
      out=$(curl -s -m 10 -H "Authorization: Bearer $key" -H 'Content-Type: application/json' -d "$body" "$BASE/v1/submissions" -w '\n%{http_code}') || return 0
    fi
    [[ "$(tail -n 1 <<<"$out")" == "201" ]] || continue
    local receipt; receipt=$(head -n 1 <<<"$out")
    local id rev hash
    id=$(sed -E 's/.*"id":"([0-9a-f]+)".*/\1/' <<<"$receipt")
    rev=$(sed -E 's/.*"revision":([0-9]+).*/\1/' <<<"$receipt")
    hash=$(sed -E 's/.*"contentHash":"([^"]+)".*/\1/' <<<"$receipt")
    echo "$id $rev $hash" >>"$work/acked.$n"
    last=$id
  done
}

verify() {
  local key=$1 lost=0 found=0 gaps=0
  sort -u "$work"/acked.* >"$work/acked"
  while read -r id rev hash; do
    local got
    got=$(curl -s -H "Authorization: Bearer $key" "$BASE/v1/submissions/$id/revisions/$rev")
    if grep -q "\"contentHash\":\"$hash\"" <<<"$got"; then found=$((found + 1)); else lost=$((lost + 1)); fi
  done <"$work/acked"
  for id in $(cut -d' ' -f1 "$work/acked" | sort -u); do
    local numbers
    numbers=$(curl -s -H "Authorization: Bearer $key" "$BASE/v1/submissions/$id/revisions" | grep -o '"revision":[0-9]*' | cut -d: -f2 | tr '\n' ' ')
    local expected=1
    for r in $numbers; do
      [[ "$r" == "$expected" ]] || gaps=$((gaps + 1))
      expected=$((expected + 1))
    done
  done
  echo "$(wc -l <"$work/acked") $found $lost $gaps"
}

pg_uri() {
  # libpq keyword form from the Npgsql-style string (Host=…;Port=…;Username=…;Database=…).
  tr ';' '\n' <<<"$EMISSIONS_DRILL_POSTGRES" | awk -F= 'tolower($1)=="host"{h=$2} tolower($1)=="port"{p=$2} tolower($1)=="username"{u=$2} tolower($1)=="database"{d=$2} END{printf "host=%s port=%s user=%s dbname=%s", h, p, u, d}'
}

drill() {
  local provider=$1
  rm -f "$work"/acked*
  local key
  key=$(dotnet "$CLI" keys create --org drill --role submitter)
  start_server
  for round in $(seq 1 "$ROUNDS"); do
    local pids=()
    for n in $(seq 1 "$WRITERS"); do writer "$n" "$key" & pids+=($!); done
    sleep "$SECONDS_PER_ROUND"
    kill -9 "$server_pid"; wait "$server_pid" 2>/dev/null || true
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    start_server
  done
  local first second
  first=$(verify "$key")
  kill -9 "$server_pid"; wait "$server_pid" 2>/dev/null || true
  start_server
  second=$(verify "$key")
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true
  server_pid=""
  read -r acked found lost gaps <<<"$first"
  echo "$provider: $ROUNDS kill -9 rounds, $WRITERS writers: $acked acknowledged writes, $found found, $lost lost, $gaps revision gaps; after one more kill -9: $second (acknowledged found lost gaps)"
}

export ASPNETCORE_ENVIRONMENT=Production RateLimit__Enabled=false Logging__LogLevel__Default=Warning

export Database__Provider=sqlite Database__Path="$work/drill.db"
drill sqlite

if [[ -n "${EMISSIONS_DRILL_POSTGRES:-}" ]]; then
  schema="drill_$$"
  psql "$(pg_uri)" -qc "CREATE SCHEMA $schema" >/dev/null
  export Database__Provider=postgres ConnectionStrings__Emissions="$EMISSIONS_DRILL_POSTGRES;Search Path=$schema"
  drill postgres
else
  echo "postgres: skipped (set EMISSIONS_DRILL_POSTGRES)"
fi
