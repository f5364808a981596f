#!/usr/bin/env bash
# Packs Emissions.Core, Emissions.Factors and the emissions tool into artifacts/packages, then uses them as a
# user would: the sample test project references the packages (not the projects), and the tool is installed into
# a temporary tool path and run from a folder outside the repository. Called by .ci/run; runs anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."

release=$(dotnet msbuild src/Emissions.Core/Emissions.Core.csproj -getProperty:Version)
# Packed as this run's own prerelease of the version (0.6.0-ci.<time>.<pid>): restore caches packages machine-wide by
# id and version, so under the release's own version it could take an older pack's, and deleting that from the cache
# would pull it from under another run restoring it at the same time. This run's are removed from the cache at exit.
[[ $release == *-* ]] && separator=. || separator=-
version="$release${separator}ci.$(date +%s).$$"
packages=${NUGET_PACKAGES:-$HOME/.nuget/packages}
tools=$(mktemp -d /tmp/emissions-tool.XXXXXX)
outside=$(mktemp -d /tmp/emissions-outside.XXXXXX)
trap 'rm -rf "$tools" "$outside" "$packages"/emissions.{core,factors,cli}/"$version"' EXIT

rm -rf artifacts/packages
for project in Core Factors Cli; do
  dotnet pack "src/Emissions.$project" -c Release -o artifacts/packages --nologo -v quiet -p:PackageVersion="$version"
done
echo "packed $(ls artifacts/packages | tr '\n' ' ')"

dotnet test samples/ReportArithmetic.Tests -c Release --logger "console;verbosity=normal" -p:Version="$version"

dotnet tool install --tool-path "$tools" --add-source artifacts/packages Emissions.Cli --version "$version" >/dev/null
cp tests/fixtures/kuaishou-2020/report.json "$outside/report.json"
cd "$outside"
converted=$("$tools/emissions" convert "69.44 萬噸" t)
[[ "$converted" == "694400 t" ]] || { echo "tool convert from $outside: expected '694400 t', got '$converted'" >&2; exit 1; }
"$tools/emissions" check report.json --format json > check.json
grep -q '"verdict": *"discrepant"' check.json || { echo "tool check from $outside: no discrepant verdict in its answer" >&2; exit 1; }
echo "tool emissions $version from $outside: convert and check answered"
