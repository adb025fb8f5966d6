#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 MemLens contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Screenshots of what needs the privileged helper — the OOM score dialog after a real write, the
# Tuning page with two real changes on trial (at 1400×900 and 1024×700), the question closing
# MemLens asks then, and "Show all processes" as an unprivileged user — taken on this machine's
# live kernel with a system bus, polkitd and a polkit rule granting the user that runs MemLens (as
# tests/helper/e2e-helper.sh sets up). Root only; every value is put back.
#   xvfb-run -a -s "-screen 0 1400x900x24 -ac" docs/screenshots/capture-tuning.sh [build/dev]
# It also checks the question's default: answered with Return, both tried values are back.
set -euo pipefail
cd "$(dirname "$0")"
build=$(realpath "${1:-../../build/dev}")
rule=/etc/polkit-1/rules.d/48-memlens-screenshots.rules
user=memlens-shot
[ "$(id -u)" -eq 0 ] || { echo "run as root" >&2; exit 1; }

cmake --install "$build" --component memlens-helper --prefix /usr >/dev/null
mkdir -p /run/dbus && rm -f /run/dbus/pid
dbus-daemon --system --fork --print-pid >/tmp/memlens-shot-dbus.pid
/usr/lib/polkit-1/polkitd --no-debug >/dev/null 2>&1 &
polkitd=$!
id "$user" >/dev/null 2>&1 || useradd --no-create-home --shell /usr/sbin/nologin "$user"
swappiness=$(cat /proc/sys/vm/swappiness)
thp=/sys/kernel/mm/transparent_hugepage/enabled
thp_enabled=$(grep -o '\[[a-z]*\]' $thp | tr -d '[]')
cleanup() {
  set +e
  pkill -x memlens
  echo "$swappiness" >/proc/sys/vm/swappiness
  echo "$thp_enabled" >$thp
  rm -f "$rule"
  kill "$polkitd" "$(cat /tmp/memlens-shot-dbus.pid)"
  userdel "$user"
}
trap cleanup EXIT
cat >"$rule" <<RULE
polkit.addRule(function(action, subject) {
    if ((action.id.indexOf("io.github.memlens.helper.") == 0 || action.id == "io.github.memlens.agent.readall") && (subject.user == "root" || subject.user == "$user"))
        return polkit.Result.YES;
});
RULE
sleep 2

# start [runuser args]: MemLens on a first run's settings, window at 0,0.
start() {
  local home
  home=$(mktemp -d) && chmod 777 "$home"
  "$@" env HOME="$home" XDG_CONFIG_HOME="$home" DISPLAY="$DISPLAY" "$build/bin/memlens" --interval 1000 2>/dev/null &
  sleep 5
  window=$(xdotool search --sync --name '^MemLens' | head -1)
  xdotool windowmove "$window" 0 0 windowsize "$window" 1400 900
  sleep 3
}
key() { xdotool windowfocus --sync "$window" key --window "$window" "$@"; }
shot() { xwd -root -silent | convert xwd:- -crop "${2:-1400x900}+0+0" "$1.png"; }

start
# The OOM score dialog on the process in the first row, set to 300.
key ctrl+2; sleep 2
xdotool mousemove --window "$window" 300 120 click 1; sleep 2
key alt+o; sleep 2
dialog=$(xdotool search --name '^OOM score of' | head -1)
xdotool windowmove "$dialog" 300 250
xdotool windowfocus --sync "$dialog" key --window "$dialog" Tab ctrl+a
xdotool type --window "$dialog" 300
xdotool mousemove 808 397 click 1; sleep 4
shot oom-adjust
xdotool key Escape; sleep 1 # to the dialog, which has the focus

# Tuning: try swappiness 25 and another huge page setting, five minutes each.
key ctrl+8; sleep 2
key alt+t Tab End
xdotool mousemove --window "$window" 640 125 click --repeat 3 1 type --window "$window" 25
key alt+a; sleep 4
key alt+u Down alt+h; sleep 4
[ "$(cat /proc/sys/vm/swappiness)" = 25 ] || { echo "FAIL: the tried swappiness was not written" >&2; exit 1; }
grep -q "\[$thp_enabled\]" $thp && { echo "FAIL: the tried huge page setting was not written" >&2; exit 1; }
sleep 3
shot tuning-trials
xdotool windowsize "$window" 1024 700; sleep 3
shot tuning-trials-1024 1024x700
xdotool windowsize "$window" 1400 900; sleep 3

# Closing asks; its default puts both back.
key ctrl+q; sleep 2
shot tuning-close-question
question=$(xdotool search --name '^Changes on trial' | head -1)
xdotool windowfocus --sync "$question" key Return; sleep 6
[ "$(cat /proc/sys/vm/swappiness)" = "$swappiness" ] || { echo "FAIL: swappiness was not put back" >&2; exit 1; }
grep -q "\[$thp_enabled\]" $thp || { echo "FAIL: the huge page setting was not put back" >&2; exit 1; }
pgrep -x memlens >/dev/null && { echo "FAIL: MemLens did not close after putting back" >&2; exit 1; }
echo "closing put back swappiness $swappiness and huge pages $thp_enabled"

# Show all processes, as a user who cannot read root's smaps.
start runuser -u "$user" --
key ctrl+2; sleep 2
key alt+a; sleep 6
shot all-processes
