#!/usr/bin/env bash
# Builds the service's OCI image as a tarball with the .NET SDK's container support, with no Docker daemon and no
# access to mcr.microsoft.com: the base image (Debian bookworm minbase + ICU + CA certificates, user `app` 1654,
# /data owned by it) is made here from Debian packages with debootstrap and umoci, served from a loopback registry
# (Debian's docker-registry) to `dotnet publish -t:PublishContainer`, then the image is checked and run.
#
#   bash deploy/container/build-image.sh             # → artifacts/container/emissions-api-<version>.tar
#   SKIP_RUN=1 bash deploy/container/build-image.sh  # build and check the manifest only
#   bash deploy/container/build-image.sh --base-only # the base root file system only (.ci/run, beside the tests)
#
# The base root file system is kept in IMAGE_CACHE (/var/cache/emissions-image), under a key of the Debian suite's
# InRelease (which names every package's version and checksum) and of the recipe below: it is made again when Debian
# publishes a point release or the recipe changes, and reused otherwise. debootstrap keeps the .deb files it
# downloaded there too, so that a new point release downloads only the packages it changed. The run's own folder
# (WORK, a new one under /tmp unless given) is removed at exit unless KEEP=1.
#
# On a machine that reaches mcr.microsoft.com the script is not needed: `dotnet publish src/Emissions.Api -c Release
# -r linux-x64 -p:PublishAot=true -t:PublishContainer -p:ContainerArchiveOutputPath=…` uses Microsoft's
# runtime-deps base image. Needs root (apt-get, debootstrap, chroot).
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$repo/Directory.Version.props")
out="$repo/artifacts/container/emissions-api-$version.tar"
work=${WORK:-$(mktemp -d /tmp/emissions-image.XXXXXX)}
[[ -n "${WORK:-}" || -n "${KEEP:-}" ]] && remove_work= || remove_work=1
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
cache=${IMAGE_CACHE:-/var/cache/emissions-image}
say() { printf '[image] %s\n' "$*"; }
# shellcheck source=../../.ci/apt.sh
source "$repo/.ci/apt.sh"

apt_install debootstrap umoci skopeo docker-registry

registry_pid=
service_pid=
building=
# The service runs as the child of `unshare --fork` (PID 1 of its namespace): signalling unshare alone leaves it
# running, so its children are stopped too, with a bounded wait and SIGKILL after it, before /proc is unmounted.
stop_service() {
  [[ -n "$service_pid" ]] || return 0
  local pids
  pids="$(pgrep -P "$service_pid" || true) $service_pid"
  kill -TERM $pids 2>/dev/null || true
  for _ in $(seq 50); do kill -0 $pids 2>/dev/null || break; sleep 0.2; done
  kill -KILL $pids 2>/dev/null || true
  service_pid=
}
cleanup() {
  [[ -z "$registry_pid" ]] || kill "$registry_pid" 2>/dev/null || true
  stop_service
  umount "$work/bundle/rootfs/proc" 2>/dev/null || true
  [[ -z "$building" || ! -d "$building" ]] || rm -rf "$building" # a base not finished
  # Not while /proc is still mounted in it (rm would walk into the live /proc).
  if [[ -n "$remove_work" ]] && ! mountpoint -q "$work/bundle/rootfs/proc"; then rm -rf "$work"; fi
}
trap cleanup EXIT

# --- the base image, from Debian packages ------------------------------------------------------------------------
# make_rootfs DIR: the recipe (its text is part of the cache key: change it and the base is made again).
make_rootfs() {
  local rootfs=$1
  debootstrap --variant=minbase --include=libicu72,ca-certificates,tzdata --cache-dir="$cache/debs" bookworm "$rootfs" "$mirror" \
    >"$work/debootstrap.log" 2>&1 || { tail -20 "$work/debootstrap.log"; return 1; }
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* "$rootfs"/usr/share/doc/* \
         "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/*
  # The same user id as Microsoft's .NET images, so volumes prepared for those work here.
  grep -q '^app:' "$rootfs/etc/passwd" || {
    echo 'app:x:1654:1654:app:/home/app:/usr/sbin/nologin' >>"$rootfs/etc/passwd"
    echo 'app:x:1654:' >>"$rootfs/etc/group"
  }
  mkdir -p "$rootfs/home/app" "$rootfs/data"
  chown 1654:1654 "$rootfs/home/app" "$rootfs/data"
}

# Only the .deb files of the newest base stay in the cache (their names as debootstrap's cache writes them).
prune_debs() {
  local rootfs=$1 keep
  keep=$(dpkg-query --admindir="$rootfs/var/lib/dpkg" -W -f='${Package}_${Version}_${Architecture}.deb\n' | sed 's/:/%3a/g')
  find "$cache/debs" -maxdepth 1 -name '*.deb' -printf '%f\n' | { grep -vxF "$keep" || true; } | sed "s|^|$cache/debs/|" | xargs -r rm -f
}

mkdir -p -m 700 "$cache" "$cache/debs"
# One run at a time makes, prunes or reads the cached base (another run waits here: a base takes minutes at most).
exec 9>"$cache/lock"
flock 9
key=$( { curl -fsS --max-time 60 "$mirror/dists/bookworm/InRelease" && printf '%s\n' "$mirror" && declare -f make_rootfs; } | sha256sum | cut -c1-16) \
  || { say "could not read $mirror/dists/bookworm/InRelease"; exit 1; }
rootfs="$cache/rootfs-$key"
if [[ -x "$rootfs/usr/bin/env" ]]; then
  say "base root file system from the cache: $rootfs"
else
  say "debootstrap bookworm (minbase + libicu72, ca-certificates, tzdata) into $rootfs"
  rm -rf "$cache"/building.*
  building=$(mktemp -d "$cache/building.XXXXXX")
  make_rootfs "$building/rootfs"
  prune_debs "$building/rootfs"
  rm -rf "$cache"/rootfs-* # an older point release's or recipe's
  mv "$building/rootfs" "$rootfs"
  rmdir "$building"
fi
[[ "${1:-}" != "--base-only" ]] || exit 0

layout="$work/base-layout"
rm -rf "$layout"
umoci init --layout "$layout"
umoci new --image "$layout:bookworm"
umoci insert --image "$layout:bookworm" "$rootfs" / >/dev/null
exec 9>&- # the cached base is read: another run may make or prune it now
umoci config --image "$layout:bookworm" --config.env HOME=/home/app \
  --config.env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin >/dev/null

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
registry="127.0.0.1:$port"
cat >"$work/registry.yml" <<YAML
version: 0.1
storage:
  filesystem:
    rootdirectory: $work/registry
http:
  addr: $registry
YAML
docker-registry serve "$work/registry.yml" >"$work/registry.log" 2>&1 &
registry_pid=$!
for _ in $(seq 50); do curl -fs "http://$registry/v2/" >/dev/null && break; sleep 0.2; done
skopeo copy -q --dest-tls-verify=false "oci:$layout:bookworm" "docker://$registry/emissions-base:bookworm"
say "base image served at $registry/emissions-base:bookworm"

# --- the service image, by the SDK ----------------------------------------------------------------------------------
# Native AOT (ADR 0020): the service compiled ahead of time into one native executable (clang and lld from Debian),
# about 8 CPU-minutes of this step, for a start to the first check answer of a fifth of the JIT build's CPU. The
# debugging symbols (Emissions.Api.dbg, 150 MB) stay in obj/, out of the image. deploy/native-aot/parity.sh then
# compares the published executable's answers with the JIT build's (.ci/run).
apt_install clang lld zlib1g-dev
mkdir -p "$(dirname "$out")"
rm -f "$out"
say "dotnet publish -p:PublishAot=true -t:PublishContainer → $out"
DOTNET_CONTAINER_INSECURE_REGISTRIES=$registry dotnet publish "$repo/src/Emissions.Api" -c Release -r linux-x64 -p:PublishAot=true \
  -p:CopyOutputSymbolsToPublishDirectory=false -t:PublishContainer -p:ContainerBaseImage="$registry/emissions-base:bookworm" -p:ContainerArchiveOutputPath="$out" \
  -nologo -v:q >"$work/publish.log" 2>&1 || { tail -30 "$work/publish.log"; exit 1; }

# --- check the manifest ---------------------------------------------------------------------------------------------
image="$work/image"
rm -rf "$image" && mkdir -p "$image" && tar -xf "$out" -C "$image"
python3 - "$image" "$version" <<'PY'
import json, sys, os
root, version = sys.argv[1], sys.argv[2]
def blob(digest):
    algo, hexd = digest.split(":")
    return json.load(open(os.path.join(root, "blobs", algo, hexd)))
index = json.load(open(os.path.join(root, "index.json")))
entry = index["manifests"][0]
manifest = blob(entry["digest"])
config = blob(manifest["config"]["digest"])["config"]
env = dict(e.split("=", 1) for e in config.get("Env", []))
problems = []
def expect(what, actual, wanted):
    if actual != wanted:
        problems.append(f"{what}: {actual!r}, expected {wanted!r}")
expect("tag", entry.get("annotations", {}).get("org.opencontainers.image.ref.name"), version)
expect("Entrypoint", config.get("Entrypoint"), ["/app/Emissions.Api"])
expect("ExposedPorts", sorted(config.get("ExposedPorts", {})), ["8080/tcp"])
expect("User", config.get("User"), "1654")
expect("WorkingDir", config.get("WorkingDir", "").rstrip("/"), "/app")
expect("ASPNETCORE_HTTP_PORTS", env.get("ASPNETCORE_HTTP_PORTS"), "8080")
expect("Database__Path", env.get("Database__Path"), "/data/emissions.db")
if problems:
    sys.exit("[image] manifest check failed: " + "; ".join(problems))
print(f"[image] manifest: entrypoint {config['Entrypoint']}, port {list(config['ExposedPorts'])[0]}, user {config['User']}, "
      f"{len(manifest['layers'])} layers, tag {version}")
PY

if [[ -n "${SKIP_RUN:-}" ]]; then
  say "built $out ($(du -h "$out" | cut -f1)); not run (SKIP_RUN)"
  exit 0
fi

# --- run it: unpacked by umoci, started as the image's user in its own root and PID namespace -----------------------
bundle="$work/bundle"
rm -rf "$bundle"
umoci unpack --image "$image:$version" "$bundle" >/dev/null
run_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mkdir -p "$bundle/rootfs/proc"
mount -t proc proc "$bundle/rootfs/proc"
unshare --pid --fork chroot --userspec=1654:1654 "$bundle/rootfs" /usr/bin/env -i HOME=/home/app PATH=/usr/bin:/bin \
  ASPNETCORE_HTTP_PORTS="$run_port" Database__Path=/data/emissions.db EMISSIONS_CACHE_DIR=/app/factor-cache /app/Emissions.Api >"$work/service.log" 2>&1 &
service_pid=$!
healthy=
for _ in $(seq 100); do
  if chroot --userspec=1654:1654 "$bundle/rootfs" /usr/bin/env -i ASPNETCORE_HTTP_PORTS="$run_port" /app/Emissions.Api healthcheck 2>/dev/null; then
    healthy=1; break
  fi
  sleep 0.2
done
[[ -n "$healthy" ]] || { cat "$work/service.log"; echo "[image] the service in the image never became healthy" >&2; exit 1; }
status=$(curl -s -o "$work/check.json" -w '%{http_code}' -H 'Content-Type: application/json' \
  -d '{"figures":[{"id":"pue","metric":"dc.pue","value":"1.4"},{"id":"it","metric":"dc.energy.it","value":"100","unit":"MWh"},{"id":"fac","metric":"dc.energy.facility","value":"140","unit":"MWh"}]}' \
  "http://127.0.0.1:$run_port/v1/checks")
[[ "$status" == 200 ]] || { cat "$work/check.json"; echo "[image] POST /v1/checks answered $status" >&2; exit 1; }
owner=$(stat -c %u "$bundle/rootfs/data/emissions.db")
[[ "$owner" == 1654 ]] || { echo "[image] /data/emissions.db is owned by $owner, expected 1654" >&2; exit 1; }
say "ran: healthcheck 0, POST /v1/checks 200, /data/emissions.db owned by 1654"
# The factor library should come from the image the publish step wrote into the read-only /app/factor-cache (ADR 0024).
say "factor library: $(grep -o 'read from [^ ]*' "$work/service.log" || echo 'source not logged')"
say "built $out ($(du -h "$out" | cut -f1))"
