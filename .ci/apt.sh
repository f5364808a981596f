# Sourced by .ci/run and deploy/container/build-image.sh (both need root to install): `apt_install PACKAGE…` installs
# the Debian packages not installed yet. apt-get waits up to 10 minutes for another run's dpkg lock instead of failing
# (two CI runs, or a run and its own background image step, may install at once), and the package lists are read
# once per run: the first install exports EMISSIONS_APT_UPDATED, which the scripts a run starts inherit.
APT=(apt-get -o DPkg::Lock::Timeout=600 -qq)

apt_install() {
  local missing=() package
  for package in "$@"; do
    [[ "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null)" == "install ok installed" ]] || missing+=("$package")
  done
  ((${#missing[@]})) || return 0
  if [[ -z "${EMISSIONS_APT_UPDATED:-}" ]]; then
    "${APT[@]}" update
    export EMISSIONS_APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive "${APT[@]}" install -y "${missing[@]}" >/dev/null
}
