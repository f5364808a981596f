#!/usr/bin/env bash
# deploy/native-aot/parity.sh REFERENCE CANDIDATE: the same requests against two builds of the service, every answer
# compared; any difference fails with the diff (ADR 0020). REFERENCE is normally the JIT build
# (src/Emissions.Api/bin/Release/net10.0/Emissions.Api.dll), CANDIDATE the Native AOT executable or its published
# folder (what deploy/container/build-image.sh puts in the image). A build is an Emissions.Api.dll (run under
# `dotnet`), an executable or a published folder, as for bench/startup/service.sh.
#
#   dotnet publish src/Emissions.Api -c Release -r linux-x64 -p:PublishAot=true -o /tmp/emissions-api-aot
#   bash deploy/native-aot/parity.sh src/Emissions.Api/bin/Release/net10.0/Emissions.Api.dll /tmp/emissions-api-aot
#
# Covered: health and readiness, units, metrics, schemas, factor sets and factors, calculations (JSON with full and
# summary traces, CSV, XLSX), checks (JSON, CSV, XLSX), the activity template, attributions, a custom factor set,
# a submission round trip on SQLite (create, revise, list, read, revisions, results as JSON and CSV), keys, the
# workbench pages (check page, pasted check, paper download, calculate page, sign-in form), the OpenAPI document,
# the Swagger UI (its page, configuration, redirect, a style sheet and a missing file), problem documents (malformed
# JSON, unknown unit with suggestions, an invalid custom set with its error list, 404, 405, 415, 401, 406), and the
# OpenTelemetry pipeline switched on (OTLP to a closed port: the service must start and answer the same). Each build
# gets a copy of one SQLite database with the same keys; submission ids, times and trace ids are masked before
# comparing; XLSX answers are compared entry by entry (their document-properties timestamps masked).
set -euo pipefail
cd "$(dirname "$0")/../.."
(( $# == 2 )) || { sed -n 2,6p "$0" >&2; exit 2; }
# A port free now unless PORT is given: two runs at once (or another service) never meet on a fixed one.
PORT=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
BASE="http://127.0.0.1:$PORT"
KUAISHOU=tests/fixtures/kuaishou-2020
work=$(mktemp -d /tmp/emissions-parity.XXXXXX)
pid=""
stop() { if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi; pid=""; }
trap 'stop; [[ -n "${KEEP:-}" ]] || rm -rf "$work"' EXIT # KEEP=1 keeps the answers
say() { printf '[parity] %s\n' "$*"; }

command_of() {
  local build=$1
  if [[ -d "$build" ]]; then build="${build%/}/Emissions.Api"; fi
  case "$build" in
    *.dll) [[ -f "$build" ]] || { echo "no such file: $build" >&2; exit 2; }; echo "dotnet $build" ;;
    *) [[ -x "$build" ]] || { echo "not an executable, a .dll or a published folder: $1" >&2; exit 2; }; echo "$build" ;;
  esac
}

# One database with the keys, copied for each build: both see the same keys (and key prefixes).
cli=${CLI_DLL:-src/Emissions.Cli/bin/Release/net10.0/emissions.dll} # the CLI that creates the keys (JIT build)
[[ -f "$cli" ]] || dotnet build src/Emissions.Cli -c Release -v quiet -nologo >/dev/null
export Database__Provider=sqlite Database__Path="$work/template.db"
SUBMITTER=$(dotnet "$cli" keys create --org acme --role submitter)
ADMIN=$(dotnet "$cli" keys create --org acme --role admin)
unset Database__Path

# one request: NAME then curl arguments; writes status, content type, location, disposition and the masked body
request() {
  local name=$1; shift
  curl -s -o "$out/$name.body" -D "$out/$name.headers" "$@" || { echo "curl failed: $name" >&2; exit 1; }
  python3 - "$out/$name" <<'PY'
import io, re, sys, zipfile
base = sys.argv[1]
headers = open(base + ".headers", encoding="latin-1").read().splitlines()
status = headers[0].split(" ")[1]
keep = [h for h in headers[1:] if h.lower().split(":")[0] in ("content-type", "location", "content-disposition")]
body = open(base + ".body", "rb").read()
def mask(text):
    text = re.sub(r"\b[0-9a-f]{32}\b", "<id>", text)
    text = re.sub(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?", "<time>", text)
    text = re.sub(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", "<time>", text)  # a working paper's "Checked at (UTC)"
    text = re.sub(r'name="__RequestVerificationToken" value="[^"]*"', 'name="__RequestVerificationToken" value="<token>"', text)
    text = re.sub(r'\bId="R[0-9a-f]{16}"|\br:id="R[0-9a-f]{16}"', 'Id="<relationship>"', text)  # the Open XML SDK's random part ids
    text = re.sub(r'"traceId":"[^"]*"', '"traceId":"<trace>"', text)
    text = re.sub(r"\d{2}-[0-9a-f]{32}-[0-9a-f]{16}-\d{2}", "<trace>", text)
    return text
if body[:2] == b"PK":
    lines = []
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        for entry in sorted(archive.namelist()):
            content = archive.read(entry).decode("utf-8", "replace")
            lines.append(f"== {entry}\n{mask(content)}")
    text = "\n".join(lines)
else:
    text = mask(body.decode("utf-8", "replace"))
with open(base + ".txt", "w", encoding="utf-8") as f:
    f.write(mask("\n".join([status] + sorted(keep))) + "\n\n" + text + "\n")
PY
  rm -f "$out/$name.body" "$out/$name.headers"
}
json() { request "$@" -H 'Content-Type: application/json'; }

exercise() { # against $BASE, answers into $out
  local sub="Authorization: Bearer $SUBMITTER" admin="Authorization: Bearer $ADMIN" xlsx=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
  request healthz "$BASE/healthz"
  request readyz "$BASE/readyz"
  request units "$BASE/v1/units"
  request metrics "$BASE/v1/metrics"
  request schemas "$BASE/v1/schemas"
  request schema-check "$BASE/v1/schemas/check-request.schema.json"
  request factor-sets "$BASE/v1/factor-sets"
  request factor-set "$BASE/v1/factor-sets/cn-2020"
  request factor "$BASE/v1/factors/cn-mee/electricity/2022:national"
  request factor-missing "$BASE/v1/factors/no/such:factor"
  request factor-set-bad-version "$BASE/v1/factor-sets/cn-2020?version=zero"
  json calculation --data-binary "@$KUAISHOU/inputs.json" "$BASE/v1/calculations"
  json calculation-summary --data-binary "@$KUAISHOU/inputs.json" "$BASE/v1/calculations?trace=summary"
  json calculation-csv -H 'Accept: text/csv' --data-binary "@$KUAISHOU/inputs.json" "$BASE/v1/calculations"
  json calculation-xlsx -H "Accept: $xlsx" --data-binary "@$KUAISHOU/inputs.json" "$BASE/v1/calculations"
  json calculation-unknown-unit -d '{"factorSet": "cn-2020", "electricity": [{"amount": "5 MWhh"}]}' "$BASE/v1/calculations"
  json calculation-malformed -d '{"factorSet": ' "$BASE/v1/calculations"
  json calculation-bad-trace --data-binary "@$KUAISHOU/inputs.json" "$BASE/v1/calculations?trace=most"
  json check --data-binary "@$KUAISHOU/report.json" "$BASE/v1/checks"
  json check-csv -H 'Accept: text/csv' --data-binary "@$KUAISHOU/report.json" "$BASE/v1/checks"
  json check-xlsx -H "Accept: $xlsx" --data-binary "@$KUAISHOU/report.json" "$BASE/v1/checks"
  json check-not-acceptable -H 'Accept: image/png' --data-binary "@$KUAISHOU/report.json" "$BASE/v1/checks"
  request check-not-json -H 'Content-Type: text/plain' -d 'figures' "$BASE/v1/checks"
  request template "$BASE/v1/calculations/template"
  json attribution -d '{"period": "2022", "electricity": [{"amount": "1000 MWh", "region": "CN-North"}], "totals": {"ghg.scope2": "677.6 tCO2e"}}' "$BASE/v1/attributions"
  json factor-set-create -H "$sub" -d '{"id": "acme-2020", "title": "Acme 2020", "description": "cn-2020 conventions, 2022 grid factors.", "editions": ["cn-mee/electricity/2022", "cn-guideline/fuels/2024",
        "cn-ndrc/public-building-guideline/trial", "gbt-2589/calorific/2008-annex-a", "ipcc/gwp/ar5", "blends/refrigerants/2024"],
        "method": "cn", "gwp": "AR5", "ch4Convention": "single", "naturalGasRow": "oil-field",
        "electricity": {"location": "location-average", "residual": "residual-excl-market-non-fossil"},
        "fallbacks": {"regionToNational": true, "earlierDataYear": false}, "reportingYear": 2020}' "$BASE/v1/factor-sets"
  json factor-set-invalid -H "$sub" -d '{"id": "acme-bad", "title": "Bad", "editions": ["no/such/edition"], "method": "cn", "gwp": "AR9"}' "$BASE/v1/factor-sets"
  request factor-set-custom -H "$sub" "$BASE/v1/factor-sets/acme-2020?version=1"
  request factor-sets-with-key -H "$sub" "$BASE/v1/factor-sets"
  json submission-create -H "$sub" -H 'Idempotency-Key: parity-1' -d '{"kind": "inputs", "period": "2020", "factorSet": "cn-2020",
        "document": {"headcount": "21,499", "electricity": [{"amount": "715,200.83 兆瓦時", "region": "CN-North"}]}}' "$BASE/v1/submissions"
  local id
  id=$(curl -s -H "$sub" "$BASE/v1/submissions?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["submissions"][0]["id"])')
  json submission-revise -X PUT -H "$sub" -d '{"kind": "inputs", "period": "2020", "factorSet": "acme-2020",
        "document": {"headcount": "21,499", "electricity": [{"amount": "715,200.83 兆瓦時", "region": "CN-North"}], "heat": [{"amount": "20,256.68 吉焦"}]}}' \
        "$BASE/v1/submissions/$id"
  json submission-report -H "$sub" -d '{"kind": "report", "period": "2020", "document": {"figures": [{"metric": "ghg.total", "value": "69.44", "unit": "萬噸"},
        {"metric": "org.headcount", "value": "21,499", "unit": "人"}, {"metric": "ghg.total.per-employee", "value": "32.30", "unit": "噸/人"}]}}' "$BASE/v1/submissions"
  request submission-list -H "$sub" "$BASE/v1/submissions?period=2020&limit=10"
  request submission-latest -H "$sub" "$BASE/v1/submissions/$id"
  request submission-revisions -H "$sub" "$BASE/v1/submissions/$id/revisions"
  request submission-revision-1 -H "$sub" "$BASE/v1/submissions/$id/revisions/1"
  request submission-results -H "$sub" "$BASE/v1/submissions/$id/results"
  request submission-results-csv -H "$sub" -H 'Accept: text/csv' "$BASE/v1/submissions/$id/results?revision=1"
  request submission-no-key "$BASE/v1/submissions"
  request keys -H "$admin" "$BASE/v1/keys"
  request key-revoke-missing -X DELETE -H "$admin" "$BASE/v1/keys/em_00000000"
  request page-check "$BASE/"
  request page-check-pasted -F $'paste=项目\t编号\t指标\t数值\t单位\n直接能源\tenergy_direct\tenergy.direct\t13,543.85\t兆瓦時\n間接能源\tenergy_indirect\tenergy.indirect\t721,117.23\t兆瓦時\n綜合能源\tenergy_total\tenergy.total\t734,661.07\t兆瓦時\n' \
    "$BASE/workbench/check"
  local paper
  paper=$(grep -o '/workbench/papers/[0-9a-f]\{64\}' "$out/page-check-pasted.txt" | head -n 1 || true)
  [[ -n "$paper" ]] || { echo "the pasted check's page links no working paper" >&2; exit 1; }
  request page-paper "$BASE$paper"
  request page-calculate "$BASE/calculate"
  request page-sign-in "$BASE/submissions/sign-in"
  request page-not-a-form -X POST -H 'Content-Type: application/json' -d '{}' "$BASE/workbench/check"
  request openapi "$BASE/openapi/v1.json"
  request swagger-ui "$BASE/docs/index.html"
  request swagger-config "$BASE/docs/index.js"
  request swagger-redirect "$BASE/docs"
  request swagger-style -H 'Accept-Encoding: gzip' "$BASE/docs/swagger-ui.css"
  request swagger-missing "$BASE/docs/no-such-file.js"
  request no-route "$BASE/v1/nothing-here"
  request wrong-method -X DELETE "$BASE/v1/checks"
}

run_build() { # label build
  local label=$1 build=$2 cmd
  read -r -a cmd <<<"$(command_of "$build")"
  out="$work/$label"
  mkdir -p "$out"
  cp "$work/template.db" "$work/$label.db"
  ASPNETCORE_ENVIRONMENT=Production Database__Path="$work/$label.db" RateLimit__Enabled=false Logging__LogLevel__Default=Warning \
    Telemetry__OtlpEndpoint=http://127.0.0.1:9 EMISSIONS_CACHE_DIR="$work/cache-$label" "${cmd[@]}" --urls "$BASE" >"$work/$label.log" 2>&1 &
  pid=$!
  for _ in $(seq 600); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/healthz" || true)" == 200 ]] && break
    kill -0 "$pid" 2>/dev/null || { cat "$work/$label.log" >&2; echo "[parity] $label ($build) exited before answering" >&2; exit 1; }
    sleep 0.1
  done
  exercise
  kill -0 "$pid" 2>/dev/null || { cat "$work/$label.log" >&2; echo "[parity] $label ($build) died during the requests" >&2; exit 1; }
  stop
  if grep -Eq 'NotSupportedException|MissingMetadataException|RequiresDynamicCode|JsonTypeInfo metadata' "$work/$label.log"; then
    cat "$work/$label.log" >&2
    echo "[parity] $label ($build) logged a trimming or AOT failure" >&2; exit 1
  fi
  say "$label: $(ls "$out" | wc -l) answers from $build"
}

run_build reference "$1"
run_build candidate "$2"
if ! diff -r "$work/reference" "$work/candidate" >"$work/diff.txt"; then
  cut -c1-600 "$work/diff.txt" | head -n 200
  echo
  echo "[parity] FAILED: $(grep -c '^diff' "$work/diff.txt" || true) of $(ls "$work/reference" | wc -l) answers differ between $1 and $2" >&2
  exit 1
fi
# The masks must not hide everything: the answers carry what they should.
grep -q '"status":"ok"' "$work/candidate/healthz.txt" && grep -q '^200' "$work/candidate/check.txt" \
  && grep -q '^201' "$work/candidate/submission-create.txt" && grep -q '^201' "$work/candidate/factor-set-create.txt" && grep -q '^200' "$work/candidate/submission-results.txt" \
  && grep -q '^200' "$work/candidate/page-paper.txt" && grep -q '^200' "$work/candidate/openapi.txt" \
  || { echo "[parity] FAILED: an answer that should succeed did not (see $work)" >&2; trap - EXIT; exit 1; }
say "identical: $(ls "$work/reference" | wc -l) answers of $1 and $2"
