#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 MemLens contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Screenshots of every page of MemLens on this machine's live memory, for README.md, and of the
# cgroups page on a captured cgroup v2 tree (systemd units with limits) in case this machine has none.
# Needs xvfb, xdotool, x11-apps (xwd) and imagemagick; run from the repository after a build:
#   xvfb-run -a -s "-screen 0 1400x900x24" docs/screenshots/capture.sh [build/dev/bin/memlens]
set -euo pipefail
cd "$(dirname "$0")"
binary=${1:-../../build/dev/bin/memlens}

# start_memlens ARGS...: a first run (default layout, not the developer's settings), placed at 0,0.
start_memlens() {
  XDG_CONFIG_HOME=$(mktemp -d) "$binary" "$@" &
  app=$!
  sleep 4
  window=$(xdotool search --sync --name '^MemLens' | head -1)
  xdotool windowmove "$window" 0 0 windowsize "$window" 1400 900
}
# grab PAGE NAME: shows page PAGE (1-8) and saves the screen as NAME.png.
grab() {
  xdotool windowfocus --sync "$window" key --window "$window" "ctrl+$1"
  if [ "$1" = 2 ]; then
    # Select the first process so the details panel shows it.
    xdotool mousemove --window "$window" 300 120 click 1
  fi
  sleep 4
  xwd -root -silent | convert xwd:- -crop 1400x900+0+0 "$2.png"
}

start_memlens --interval 1000
trap 'kill $app 2>/dev/null' EXIT
sleep 20 # let the charts gather some history
pages=(overview processes libraries cgroups pressure leakwatch) # Kernel: capture-kernel.sh, a shot a tab; Tuning: capture-tuning.sh
for i in "${!pages[@]}"; do
  [ -n "${pages[$i]}" ] && grab $((i + 1)) "${pages[$i]}"
done
kill $app

# Leak watch judges a trend after five minutes: two programs grow steadily at different rates,
# one takes 200 MiB once and stays level (it must not be listed).
grower='import sys, time
kept = []
while True:
    kept.append(b"x" * (int(sys.argv[1]) << 20))
    time.sleep(float(sys.argv[2]))'
python3 -c "$grower" 1 0.5 &
growers=($!)
python3 -c "$grower" 1 4 &
growers+=($!)
python3 -c 'import time; kept = b"x" * (200 << 20); time.sleep(3600)' &
growers+=($!)
trap 'kill $app "${growers[@]}" 2>/dev/null' EXIT
start_memlens --interval 1000
sleep 330
grab 6 leakwatch
kill $app "${growers[@]}"

start_memlens --interval 1000 --root ../../tests/fixtures/linux-6.1-swap
grab 4 cgroups-v2-capture
