#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine:
#   ./build.sh run [memlens options]   install what is missing, build, start MemLens
#   ./build.sh test                    install what is missing, build, run the whole test suite
# CI=true turns compiler warnings into errors.
set -euo pipefail
cd "$(dirname "$0")"

packages=(
  cmake ninja-build g++ pkgconf
  extra-cmake-modules
  qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libgl-dev
  qt6-charts-dev libqt6opengl6-dev
  libsystemd-dev
)

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
  local werror=OFF
  [ "${CI:-}" = true ] && werror=ON
  cmake --preset dev -DMEMLENS_WERROR="$werror" >/dev/null
  cmake --build --preset dev
}

command=${1:-}
case "$command" in
  run)
    shift
    install_missing
    build
    exec ./build/dev/bin/memlens "$@"
    ;;
  test)
    install_missing
    build
    ctest --preset dev --parallel "$(nproc)"
    ;;
  *)
    echo "usage: $0 run [memlens options] | $0 test" >&2
    exit 2
    ;;
esac
