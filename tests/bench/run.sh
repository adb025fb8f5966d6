#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 MemLens contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Figures for the notes, never assertions, each printed with its target (issue 7):
#   (a) one full sample on a farm of 500 processes sharing a 64 MiB file, against the kernel's
#       bound and smem; (b) incremental sampling at 1 Hz (bench_sampling);
#   (c) the GUI thread's cost of one refresh with 2000 processes (bench_refresh);
#   (d) own PSS after start and after an hour of history, (e) time to the first painted window
#       (bench_window, offscreen);
#   (f) the whole application's CPU at 1 Hz on the farm with each page in front (bench_pages);
#   (g) the same through each other source: memlens-agent as the Flatpak host agent runs it, the
#       root agent (as root: pkexec asks nothing), the window attached to a background watcher
#       (the watcher's CPU counted), a host through ssh (an sshd on 127.0.0.1), target: no more
#       than the window's own sampling;
#   (h) the GPU column's cost; (i) the background watcher (`memlens --watch`) at its normal pace on
#       the farm: target <= 0.5 % of a core, and its recording's disk use per hour;
#   MemLens's own memory after start on this machine's live /proc.
# Run from anywhere after ./build.sh has installed the packages (smem too, for (a)):
#   tests/bench/run.sh [processes=2000] [seconds the window runs before measuring=20] [farm=500] [seconds of (b)=60]
set -euo pipefail
cd "$(dirname "$0")/../.."

# MemLens's own memory on this machine's live /proc, once it has run for a while.
own_memory() {
  XDG_CONFIG_HOME=$(mktemp -d) ./build/release/bin/memlens --interval 1000 2>/dev/null &
  local pid=$!
  sleep "$1"
  # smaps_rollup: PSS is what this process costs the machine, shared libraries divided fairly.
  awk '/^(Rss|Pss|Pss_Anon|Pss_File|Swap):/ { printf "%-10s %8.1f MiB\n", $1, $2 / 1024 }' "/proc/$pid/smaps_rollup"
  kill "$pid"
}
if [ "${1:-}" = --own-memory ]; then # run again under Xvfb, below
  own_memory "$2"
  exit
fi

# (g) alone: tests/bench/run.sh --sources [farm=500] [seconds a page=10]
sources() {
  local farm=$1 seconds=$2
  cmake --preset release >/dev/null
  cmake --build --preset release --target bench_pages memlens-agent memlens >/dev/null
  local sources=(local agent watcher)
  if [ "$(id -u)" = 0 ]; then
    # The root agent runs the installed memlens-agent through pkexec: polkitd must run.
    # The release agent where pkexec runs it, under its policy (the helper is not needed here).
    install -m 755 build/release/bin/memlens-agent /usr/bin/memlens-agent
    install -m 644 build/release/app/io.github.memlens.agent.policy /usr/share/polkit-1/actions/
    # shellcheck source=../helper/polkit-agent.sh
    . tests/helper/polkit-agent.sh
    polkit_system_start
    sources+=(root)
  fi
  for source in "${sources[@]}"; do
    echo "== bench_pages, source $source"
    QT_QPA_PLATFORM=offscreen ./build/release/bin/bench_pages "$farm" "$seconds" 64 2 "$source" 2>/dev/null
  done
  if [ "$(id -u)" = 0 ]; then
    # shellcheck source=../remote/sshd-env.sh
    . tests/remote/sshd-env.sh
    sshd_env_start >/dev/null
    install -m 755 ./build/release/bin/memlens-agent /usr/local/bin/memlens-agent
    echo "== bench_pages, source memlens-test (ssh to 127.0.0.1, as $SSHD_ENV_USER: it reads root's farm without PSS)"
    PATH="$SSHD_ENV_BIN_DIR:$PATH" QT_QPA_PLATFORM=offscreen ./build/release/bin/bench_pages "$farm" "$seconds" 64 2 memlens-test 2>/dev/null || true
    rm -f /usr/local/bin/memlens-agent
    sshd_env_stop
  fi
}
if [ "${1:-}" = --sources ]; then
  sources "${2:-500}" "${3:-10}"
  exit
fi

processes=${1:-2000}
settle=${2:-20}
farm=${3:-500}
steady=${4:-60}

cmake --preset release >/dev/null
cmake --build --preset release --target bench_refresh bench_sampling bench_window bench_pages bench_watcher memlens >/dev/null

echo "== bench_sampling (a farm of $farm processes, release build)"
./build/release/bin/bench_sampling "$farm" "$steady"
echo

echo "== bench_pages (offscreen, a farm of $farm processes): (f) Libraries target <= 2x Processes"
QT_QPA_PLATFORM=offscreen ./build/release/bin/bench_pages "$farm" 20 2>/dev/null
echo

# (h) What finding GPU clients costs: listing every descriptor of the processes whose memory moved,
# and of the rest every 30 s. A browser holds hundreds; the farm's processes hold 100 each against
# none, with the Processes page in front.
echo "== (h) the GPU column: the Processes page on the farm with 100 descriptors a process against none (target <= 20 % more)"
gpu_cost() {
  QT_QPA_PLATFORM=offscreen ./build/release/bin/bench_pages "$farm" 60 64 2 local "$1" 2 2>/dev/null | awk '/Processes/ { print $2 }'
}
without=$(gpu_cost 0)
with=$(gpu_cost 100)
awk -v a="$without" -v b="$with" 'BEGIN { printf "  Processes page: %.2f %% of a core without descriptors, %.2f %% with 100 a process: %+.0f %%\n", a, b, (b - a) / a * 100 }'
echo

echo "== (i) bench_watcher: memlens --watch at its normal pace on the farm"
./build/release/bin/bench_watcher ./build/release/bin/memlens "$farm" 180 30
echo

echo "== (g) bench_pages through the other sources: target no more than the window's own sampling"
sources "$farm" 10
echo

echo "== bench_window (offscreen, live /proc)"
QT_QPA_PLATFORM=offscreen ./build/release/bin/bench_window 2>/dev/null
echo

echo "== bench_refresh ($processes processes, release build): (c) target <= 4 ms for applying one refresh"
QT_QPA_PLATFORM=offscreen ./build/release/bin/bench_refresh "$processes" 200 2>/dev/null

echo
echo "== memlens's own memory, ${settle} s after start, refreshing every second"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  own_memory "$settle"
else
  xvfb-run -a -s "-screen 0 1400x900x24" "$PWD/tests/bench/run.sh" --own-memory "$settle"
fi
