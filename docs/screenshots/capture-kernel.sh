#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 MemLens contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Screenshots of the Kernel page's six tabs on this machine's live kernel, each with something to
# show: a file being written (dirty pages), two 2 MiB huge pages set aside, a System V segment no
# process has attached and a POSIX shared memory object; the NUMA tab on the captured two-node
# machine, as this one has a single node. Root only (slabinfo, the huge page pool); every change
# is undone on exit.
#   xvfb-run -a -s "-screen 0 1400x900x24" docs/screenshots/capture-kernel.sh [build/dev/bin/memlens]
set -euo pipefail
cd "$(dirname "$0")"
binary=$(realpath "${1:-../../build/dev/bin/memlens}")
[ "$(id -u)" -eq 0 ] || { echo "run as root" >&2; exit 1; }

hugepages=$(cat /proc/sys/vm/nr_hugepages)
segment=$(ipcmk -M 4194304 | grep -o '[0-9]*$')
scratch=$(mktemp -d /var/tmp/memlens-shot.XXXXXX)
cleanup() {
  set +e
  pkill -x memlens
  echo "$hugepages" >/proc/sys/vm/nr_hugepages
  ipcrm -m "$segment"
  rm -rf /dev/shm/memlens-demo "$scratch"
}
trap cleanup EXIT
echo 2 >/proc/sys/vm/nr_hugepages
head -c $((16 << 20)) /dev/urandom >/dev/shm/memlens-demo

# start ARGS...: a first run (default layout), placed at 0,0, on the Kernel page (Ctrl+7).
start() {
  XDG_CONFIG_HOME=$(mktemp -d) "$binary" --interval 1000 "$@" &
  sleep 4
  window=$(xdotool search --sync --name '^MemLens' | head -1)
  xdotool windowmove "$window" 0 0 windowsize "$window" 1400 900
  xdotool windowfocus --sync "$window" key --window "$window" ctrl+7
}
# tab X NAME: clicks the tab whose label is centred at X and saves the screen as NAME.png.
tab() {
  xdotool mousemove "$1" 44 click 1
  sleep 3
  xwd -root -silent | convert xwd:- -crop 1400x900+0+0 "$2.png"
}

start
dd if=/dev/zero of="$scratch/file" bs=1M count=800 status=none & # dirty pages while the chart runs
sleep 25
tab 221 kernel-memory
tab 325 dirty-pages
tab 420 huge-pages
tab 517 overcommit
tab 689 shared-memory
pkill -x memlens

start --root ../../tests/fixtures/linux-6.1-numa
sleep 4
tab 597 numa
