#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 MemLens contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Screenshots of a window showing another machine: MemLens connected through ssh to an sshd on
# 127.0.0.1 (tests/remote/sshd-env.sh, as the user memlens-remote), on the Processes page with
# the agent's own row selected, at 1400×900 and 1024×700; then the connection lost (sshd killed):
# the last figures kept, Reconnect offered. Root only (it starts sshd and adds a user).
#   xvfb-run -a -s "-screen 0 1400x900x24" docs/screenshots/capture-remote.sh [build/dev]
set -euo pipefail
cd "$(dirname "$0")"
build=$(realpath "${1:-../../build/dev}")
[ "$(id -u)" -eq 0 ] || { echo "run as root" >&2; exit 1; }
# shellcheck source=../../tests/remote/sshd-env.sh
. ../../tests/remote/sshd-env.sh
cleanup() {
  set +e
  pkill -x memlens
  sshd_env_stop
  rm -f /usr/local/bin/memlens-agent
}
trap cleanup EXIT
sshd_env_start
install -m 755 "$build/bin/memlens-agent" /usr/local/bin/memlens-agent

# shot WIDTH HEIGHT NAME: the window at that size, the screen saved as NAME.png.
shot() {
  xdotool windowsize "$window" "$1" "$2"
  sleep 3
  xwd -root -silent | convert xwd:- -crop "$1x$2+0+0" "$3.png"
}

PATH="$SSHD_ENV_BIN_DIR:$PATH" XDG_CONFIG_HOME=$(mktemp -d) "$build/bin/memlens" --interval 1000 --connect memlens-test &
sleep 5
window=$(xdotool search --sync --name '^MemLens' | head -1)
xdotool windowmove "$window" 0 0 windowsize "$window" 1400 900
xdotool windowfocus --sync "$window" key --window "$window" ctrl+2
sleep 2
xdotool mousemove 300 49 click 1
xdotool type --delay 50 memlens-agent # the agent's own row, on the other machine
sleep 3
xdotool mousemove 300 92 click 1
shot 1400 900 remote-host
shot 1024 700 remote-host-1024
xdotool key --window "$window" ctrl+7
shot 1400 900 remote-host-kernel
xdotool key --window "$window" ctrl+2
for pid in $(pgrep -x sshd; pgrep -f '^sshd: '); do kill -KILL "$pid" 2>/dev/null || true; done
shot 1400 900 remote-host-lost
