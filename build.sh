#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 MemLens contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# One entry point for a fresh Debian 12 machine:
#   ./build.sh run [memlens options]   install what is missing, build, start MemLens
#   ./build.sh test                    install what is missing, build, run the whole test suite:
#                                      the licensing check (reuse lint), the debug build, the same
#                                      under ASan+LSan+UBSan with the soak test, and the fuzzers
#                                      for a minute
# CI=true turns compiler warnings into errors.
set -euo pipefail
cd "$(dirname "$0")"

packages=(
  cmake ninja-build g++ pkgconf
  extra-cmake-modules
  qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libgl-dev
  qt6-charts-dev libqt6opengl6-dev
  libkf5auth-dev dbus polkitd pkexec procps
  libcap-ng-dev openssh-client openssh-server
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6svg6 desktop-file-utils appstream
  libsystemd-dev
  valgrind clang-14 libclang-rt-14-dev
  jq util-linux-extra
  reuse
)

# as_root CMD...: runs CMD as root, through sudo when not root already.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo "$@"
  else
    echo "Need root or sudo to run: $*" >&2
    return 1
  fi
}

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq
  as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# The privileged helper, its D-Bus files and polkit policy go to /usr, where D-Bus and polkit
# look, so tuning works on the first start. Only when they changed: no password asked otherwise.
install_helper() {
  local stamp=build/dev/.helper-installed
  if [ -f "$stamp" ] && [ -z "$(find build/dev/helper -newer "$stamp" -type f \( -name memlens-helper -o -name '*.policy' -o -name '*.conf' -o -name '*.service' \) 2>/dev/null)" ]; then
    return 0
  fi
  echo "Installing the MemLens helper and its polkit policy to /usr"
  as_root cmake --install build/dev --component memlens-helper --prefix /usr >/dev/null && touch "$stamp" ||
    echo "Tuning will not work until it is installed: sudo cmake --install build/dev --component memlens-helper --prefix /usr" >&2
}

# build PRESET: configures and builds build/PRESET.
build() {
  local werror=OFF
  [ "${CI:-}" = true ] && werror=ON
  cmake --preset "$1" -DMEMLENS_WERROR="$werror" >/dev/null
  cmake --build --preset "$1"
}

command=${1:-}
case "$command" in
  run)
    shift
    install_missing
    build dev
    install_helper
    exec ./build/dev/bin/memlens "$@"
    ;;
  test)
    install_missing
    # Every file says its license and copyright (REUSE): a new file without them fails here.
    reuse lint
    build dev
    # The soak test runs once, below, where the sanitizers watch it.
    ctest --preset dev --parallel "$(nproc)" --label-exclude soak
    build asan
    ctest --preset asan --parallel "$(nproc)"
    tests/fuzz/run.sh
    ;;
  *)
    echo "usage: $0 run [memlens options] | $0 test" >&2
    exit 2
    ;;
esac
