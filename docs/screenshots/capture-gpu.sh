#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 MemLens contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Screenshots of GPU memory and the ZFS ARC on the GPU desktop fixture (an amdgpu card, its
# clients, an ARC: tests/fixtures/make-gpu-desktop.sh), drawn without a display by
# memlens-screenshot: the overview at 1400×900, the Processes page at 1024×700 with the process
# that shares a GPU client selected, and the Kernel page's Graphics tab.
#   docs/screenshots/capture-gpu.sh [build/dev/bin]
set -euo pipefail
cd "$(dirname "$0")"
bin=$(realpath "${1:-../../build/dev/bin}")
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
../../tests/fixtures/make-gpu-desktop.sh "$tree/root"
shot() {
  XDG_CONFIG_HOME=$(mktemp -d) QT_QPA_PLATFORM=offscreen "$bin/memlens-screenshot" --root "$tree/root" --wait 3 "$@" 2>/dev/null
}
shot --size 1400x900 --page 1 gpu-overview.png
shot --size 1024x700 --page 2 --select 23160 gpu-processes-1024.png
shot --size 1400x900 --page 7 --kernel-tab 7 graphics.png
