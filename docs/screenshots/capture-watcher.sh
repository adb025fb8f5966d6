#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 MemLens contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# The watcher's pictures, from a real episode: `memlens --watch` runs while a program thrashes its
# page cache inside a 48 MiB memory cgroup (real pressure) and another is ended there by the
# cgroup's OOM killer (a real kill). Its notifications reach dunst on a private session bus under
# Xvfb (watcher-notifications.png); then memlens-screenshot opens its recording at the kill, on
# the Pressure page, with the timeline and its bookmarks (timeline-pressure-kill*.png), and
# compares its last moment with its beginning (compare-moments.png). A live window attached to the
# still running watcher shows its recording up to now under the pages (live-attached*.png).
# Root, a cgroup v1 memory controller or v2 with memory delegated, and dunst
# (`apt-get install dunst`, for this picture only).
#   docs/screenshots/capture-watcher.sh [build/dev/bin]
set -euo pipefail
cd "$(dirname "$0")"
bin=$(realpath "${1:-../../build/dev/bin}")
work=$(mktemp -d)
mkdir -m 700 "$work/runtime"
if [ -d /sys/fs/cgroup/memory ]; then
  cgroup=/sys/fs/cgroup/memory/memlens-screenshot
  mkdir "$cgroup" && echo $((48 << 20)) >"$cgroup/memory.limit_in_bytes"
else
  cgroup=/sys/fs/cgroup/memlens-screenshot
  echo +memory >/sys/fs/cgroup/cgroup.subtree_control
  mkdir "$cgroup" && echo $((48 << 20)) >"$cgroup/memory.max"
fi
pids=()
cleanup() {
  kill "${pids[@]}" 2>/dev/null || true
  wait 2>/dev/null || true
  rmdir "$cgroup" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

Xvfb :77 -screen 0 900x420x24 >/dev/null 2>&1 &
pids+=($!)
dbus-daemon --session --nofork --print-address=1 >"$work/bus" 2>/dev/null &
pids+=($!)
sleep 1
export DISPLAY=:77 DBUS_SESSION_BUS_ADDRESS
DBUS_SESSION_BUS_ADDRESS=$(head -1 "$work/bus")
cat >"$work/dunstrc" <<'RC'
[global]
    width = 560
    origin = top-right
    offset = 12x12
    font = DejaVu Sans 10
    frame_width = 1
    padding = 10
    horizontal_padding = 12
    format = "<b>%a — %s</b>\n%b"
[urgency_critical]
    background = "#fcfcfc"
    foreground = "#232629"
    frame_color = "#da4453"
    timeout = 0
[urgency_normal]
    background = "#fcfcfc"
    foreground = "#232629"
    frame_color = "#7f8c8d"
    timeout = 0
RC
dunst -config "$work/dunstrc" >/dev/null 2>&1 &
pids+=($!)

# The default recording directory, under XDG_STATE_HOME, is where a live window looks for it.
export XDG_RUNTIME_DIR="$work/runtime" XDG_STATE_HOME="$work/state"
recording="$XDG_STATE_HOME/memlens/recording"
"$bin/memlens" --watch --interval 2000 2>/dev/null &
pids+=($!)
sleep 25
"$bin/memlens-thrasher" "$cgroup/cgroup.procs" cache "$work/thrash" 192 &
thrasher=$!
pids+=($thrasher)
sleep 25
"$bin/memlens-thrasher" "$cgroup/cgroup.procs" anon 144 &
pids+=($!)
killed=$(date +%s)
sleep 15
import -window root "$work/screen.png"
convert "$work/screen.png" -crop 596x166+300+0 +repage watcher-notifications.png
kill "$thrasher"
at=$(date -d "@$((killed + 6))" +%H:%M:%S)
for size in 1400x900 1024x700; do
  name=timeline-pressure-kill$([ "$size" = 1024x700 ] && echo -1024 || true).png
  XDG_CONFIG_HOME=$(mktemp -d) QT_QPA_PLATFORM=offscreen "$bin/memlens-screenshot" --replay "$recording" --at "$at" \
    --page 5 --wait 2 --size "$size" "$name" 2>/dev/null
done
XDG_CONFIG_HOME=$(mktemp -d) QT_QPA_PLATFORM=offscreen "$bin/memlens-screenshot" --replay "$recording" \
  --at "$(date +%H:%M:%S)" --wait 2 --compare 1 compare-moments.png 2>/dev/null
for size in 1400x900 1024x700; do
  name=live-attached$([ "$size" = 1024x700 ] && echo -1024 || true).png
  XDG_CONFIG_HOME=$(mktemp -d) QT_QPA_PLATFORM=offscreen "$bin/memlens-screenshot" --page 5 --wait 4 --size "$size" "$name" 2>/dev/null
done
