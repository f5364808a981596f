#!/usr/bin/env bash
# capture.sh CORPUS OUT: every output a check request can produce, for byte-for-byte comparison between builds
# (diff -r OUT-before OUT-after). Uses the Release build of this tree: build it first.
#   CLI `emissions check` in json, csv and table (stdout, stderr, exit code), plus the fixtures with options;
#   API POST /v1/checks with Accept JSON and text/csv (status and content type, body; problem traceIds blanked).
#   CLI=0 bench/check-identity/capture.sh CORPUS OUT captures the API only.
set -euo pipefail
corpus=$(cd "$1" && pwd); out=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
# A port free now unless PORT is given: two captures at once never meet on a fixed one.
port=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
rm -rf "$out"; mkdir -p "$out/cli" "$out/api"
out=$(cd "$out" && pwd)
cli="$root/src/Emissions.Cli/bin/Release/net10.0/emissions.dll"
export cli out
# CLI=0 skips the CLI part (about an hour on a loaded two-core machine; the CLI runs the same CheckRun and writers).
if [[ ${CLI:-1} != 0 ]]; then
ls "$corpus"/*.json | xargs -P 2 -I{} bash -c '
  f={}; b=$(basename $f .json)
  for fmt in json csv table; do
    dotnet "$cli" check "$f" --format $fmt >"$out/cli/$b.$fmt" 2>"$out/cli/$b.$fmt.err" && rc=0 || rc=$?
    echo $rc >"$out/cli/$b.$fmt.rc"
  done'
for n in kuaishou-2020 kuaishou-2019 bytedance-2020 douyin-2022; do
  for fmt in json csv table; do
    dotnet "$cli" check "$corpus/$n.json" --format $fmt --materiality 0.001% --about-tolerance 1% >"$out/cli/opt-$n.$fmt" 2>&1 && rc=0 || rc=$?
    echo $rc >"$out/cli/opt-$n.$fmt.rc"
  done
done
fi

tmp=$(mktemp -d /tmp/check-identity.XXXXXX)
ASPNETCORE_ENVIRONMENT=Production Database__Provider=sqlite Database__Path="$tmp/db" RateLimit__Enabled=false Logging__LogLevel__Default=Warning \
  dotnet "${API_DLL:-$root/src/Emissions.Api/bin/Release/net10.0/Emissions.Api.dll}" --urls "http://127.0.0.1:$port" >"$tmp/log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$tmp"' EXIT
for _ in $(seq 1 60); do curl -s -o /dev/null "http://127.0.0.1:$port/healthz" && break; sleep 0.5; done
for f in "$corpus"/*.json; do
  b=$(basename "$f" .json)
  for accept in json csv; do
    header=$([[ $accept == csv ]] && echo 'Accept: text/csv' || echo 'Accept: application/json')
    curl -s -o "$out/api/$b.$accept" -w '%{http_code} %{content_type}\n' -X POST -H 'Content-Type: application/json' -H "$header" \
      --data-binary "@$f" "http://127.0.0.1:$port/v1/checks" >"$out/api/$b.$accept.status"
  done
done
# Each problem carries its request's trace id, which differs on every run.
sed -i -E 's/"traceId":"[^"]*"/"traceId":"X"/' "$out"/api/*.json "$out"/api/*.csv
echo "captured $(find "$out" -type f | wc -l) files"
