#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 MemLens contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# End to end through the real chain: memlens-kauth-client as an unprivileged user → KAuth →
# the system D-Bus → polkitd → the installed helper running as root → /proc and /sys.
# For each action it proves that (a) with a polkit rule granting the user, the action takes
# effect, (b) without the rule it is refused and nothing changes, and (c) hostile arguments are
# refused by the helper even when authorized, and (d) the application's own client does it as the
# window does: memlens-tuningdrive's TuningSession, one memlens-kauth-client for the session, a
# trial put back at its end and a change undone. Every value written is restored. The helper runs
# under a checker, and any report it makes fails the test: valgrind for a plain build, the
# build's own AddressSanitizer, LeakSanitizer and UBSan for a sanitizer build.
#
#   e2e-helper.sh BUILD_DIR ACTIONIDS_HEADER valgrind|sanitizers|none
# Exit 77 (skipped) when not root outside CI; under CI=true it must run.
set -euo pipefail
build=$1
actionids=$2
check=${3:-none}
user=memlens-e2e
rule=/etc/polkit-1/rules.d/49-memlens-e2e.rules
# The test user runs a copy of the client: the build tree may be under a directory only root
# may enter (/root).
client_dir=$(mktemp -d)
chmod 755 "$client_dir"
cp "$build/bin/memlens-kauth-client" "$build/bin/memlens-tuningdrive" "$client_dir/"
client="$client_dir/memlens-kauth-client"
drive="$client_dir/memlens-tuningdrive"

if [ "$(id -u)" -ne 0 ]; then
  if [ "${CI:-}" = true ]; then
    echo "FAIL: under CI=true this test must run as root"; exit 1
  fi
  echo "SKIP: needs root — it installs the helper and its polkit policy, runs a system D-Bus and polkitd, and adds a test user"
  exit 77
fi

failures=0
pass() { echo "ok   - $*"; }
fail() { echo "FAIL - $*"; failures=$((failures + 1)); }
# expect WHAT PATTERN OUTPUT: the client's JSON output matches PATTERN.
expect() { if grep -q -- "$2" <<<"$3"; then pass "$1"; else fail "$1: got $3"; fi; }
as_user() { runuser -u "$user" -- "$client" "$@" 2>/dev/null || true; }

started=()
cleanup() {
  set +e
  rm -f "$rule" "${cache_probe:-}"
  [ -n "${helper_exe:-}" ] && sed -i "s|^Exec=.*|Exec=$helper_exe|" "$service"
  rm -rf "${checks:-}"
  rm -rf "$client_dir"
  [ -n "${swappiness:-}" ] && echo "$swappiness" >/proc/sys/vm/swappiness
  [ -n "${thp_enabled:-}" ] && echo "$thp_enabled" >/sys/kernel/mm/transparent_hugepage/enabled
  [ -n "${victim:-}" ] && kill "$victim" 2>/dev/null
  for pid in "${started[@]}"; do kill "$pid" 2>/dev/null; done
  id "$user" >/dev/null 2>&1 && userdel "$user"
}
trap cleanup EXIT

echo "# install the helper, its D-Bus files and the polkit policy"
cmake --install "$build" --component memlens-helper --prefix /usr >/dev/null
policy=/usr/share/polkit-1/actions/io.github.memlens.helper.policy
for id in $(grep -o '"io\.github\.memlens\.helper\.[a-z]*"' "$actionids" | tr -d '"'); do
  grep -q "id=\"$id\"" "$policy" && pass "policy declares $id" || fail "policy lacks $id"
done

echo "# the helper runs under $check"
service=/usr/share/dbus-1/system-services/io.github.memlens.helper.service
helper_exe=$(sed -n 's/^Exec=//p' "$service")
pkill -f "^$helper_exe" || true # one left idle by an earlier run would answer without the checker
checks=$(mktemp -d /var/tmp/memlens-e2e-checks.XXXXXX)
case "$check" in
  valgrind) cp "$(dirname "$0")/valgrind.supp" "$checks/"
    run="/usr/bin/valgrind --quiet --suppressions=$checks/valgrind.supp --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite --log-file=$checks/valgrind-log.%p" ;;
  sanitizers) run="env ASAN_OPTIONS=log_path=$checks/asan:detect_leaks=1 UBSAN_OPTIONS=log_path=$checks/ubsan:print_stacktrace=1" ;;
  none) run="" ;;
  *) echo "unknown checker $check"; exit 2 ;;
esac
# D-Bus starts the helper with an empty environment: the wrapper brings the checker's own.
printf '#!/bin/sh\ntouch %s/started.$$\nexec %s %s "$@"\n' "$checks" "$run" "$helper_exe" >"$checks/memlens-helper"
chmod 755 "$checks" "$checks/memlens-helper"
sed -i "s|^Exec=.*|Exec=$checks/memlens-helper|" "$service"

echo "# a system bus and polkitd"
if ! dbus-send --system --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.GetId >/dev/null 2>&1; then
  mkdir -p /run/dbus && rm -f /run/dbus/pid
  dbus-daemon --system --fork --print-pid >/tmp/memlens-e2e-dbus.pid
  started+=("$(cat /tmp/memlens-e2e-dbus.pid)")
else
  dbus-send --system --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.ReloadConfig >/dev/null
fi
if ! pgrep -x polkitd >/dev/null; then
  /usr/lib/polkit-1/polkitd --no-debug >/dev/null 2>&1 &
  started+=($!)
fi
# polkitd takes its time to start on a loaded machine: up to a minute before the test says so.
polkit_up=no
for _ in $(seq 300); do
  dbus-send --system --print-reply --dest=org.freedesktop.PolicyKit1 /org/freedesktop/PolicyKit1/Authority \
    org.freedesktop.DBus.Peer.Ping >/dev/null 2>&1 && { polkit_up=yes; break; }
  sleep 0.2
done
[ "$polkit_up" = yes ] || { echo "FAIL - polkitd did not answer on the system bus within a minute"; exit 1; }

id "$user" >/dev/null 2>&1 || useradd --no-create-home --shell /usr/sbin/nologin "$user"

# polkit_says yes|no: waits until polkitd answers the test user's own check of an action as
# asked. polkitd rereads its rules some time after the directory changes, later on a loaded
# machine: the test waits for the answer it needs rather than for a fixed time.
polkit_says() {
  local want=$1 got
  for _ in $(seq 300); do
    if runuser -u "$user" -- sh -c 'exec pkcheck --action-id io.github.memlens.helper.setswappiness --process $$' >/dev/null 2>&1; then
      got=yes
    else
      got=no
    fi
    [ "$got" = "$want" ] && return 0
    sleep 0.1
  done
  echo "polkitd still says $got to $user after 30 s"
  return 1
}
swappiness=$(cat /proc/sys/vm/swappiness)
thp_enabled=$(grep -o '\[[a-z]*\]' /sys/kernel/mm/transparent_hugepage/enabled | tr -d '[]')
sleep 300 &
victim=$!
victim_start=$(sed 's/.*) //' /proc/$victim/stat | cut -d' ' -f20)
victim_adj=$(cat /proc/$victim/oom_score_adj)
cache_probe=$(mktemp /var/tmp/memlens-e2e.XXXXXX)
head -c 8M /dev/urandom >"$cache_probe"
# Written back now: drop_caches leaves dirty pages in the cache, and the kernel writes them back
# when it pleases (30 s by default), which decided whether the probe left the cache.
sync "$cache_probe"
cat "$cache_probe" >/dev/null

echo "# (b) without a rule granting $user: refused, nothing changes or is returned"
rm -f "$rule"
polkit_says no || fail "a rule left from an earlier run still grants $user"
new_swappiness=$([ "$swappiness" = 10 ] && echo 20 || echo 10)
expect "setswappiness refused" '"error":"not-authorized"' "$(as_user setswappiness value=$new_swappiness)"
[ "$(cat /proc/sys/vm/swappiness)" = "$swappiness" ] && pass "swappiness unchanged" || fail "swappiness changed"
other_thp=$(grep -o '\b[a-z]*\b' /sys/kernel/mm/transparent_hugepage/enabled | grep -v "^$thp_enabled$" | head -1)
expect "setthp refused" '"error":"not-authorized"' "$(as_user setthp enabled=$other_thp)"
expect "dropcaches refused" '"error":"not-authorized"' "$(as_user dropcaches value=1)"
expect "setoomscoreadj refused" '"error":"not-authorized"' "$(as_user setoomscoreadj pid=$victim starttime=$victim_start value=500)"
[ "$(cat /proc/$victim/oom_score_adj)" = "$victim_adj" ] && pass "oom_score_adj unchanged" || fail "oom_score_adj changed"
echo "# (a) with a rule granting $user: each action takes effect"
cat >"$rule" <<'RULE'
polkit.addRule(function(action, subject) {
    if (action.id.indexOf("io.github.memlens.helper.") == 0 && subject.user == "memlens-e2e")
        return polkit.Result.YES;
});
RULE
polkit_says yes || fail "polkitd did not take up the rule granting $user"
expect "setswappiness granted" '"ok":true' "$(as_user setswappiness value=$new_swappiness)"
[ "$(cat /proc/sys/vm/swappiness)" = "$new_swappiness" ] && pass "swappiness is $new_swappiness" || fail "swappiness not written"
expect "setthp granted" '"ok":true' "$(as_user setthp enabled=$other_thp)"
grep -q "\[$other_thp\]" /sys/kernel/mm/transparent_hugepage/enabled && pass "THP enabled is $other_thp" || fail "THP not written"
expect "dropcaches granted" '"ok":true' "$(as_user dropcaches value=1)"
resident=$(fincore --noheadings --output RES --bytes "$cache_probe" | tr -d ' ')
[ "$resident" = 0 ] && pass "the probe file left the page cache" || fail "probe file still has $resident bytes cached"
expect "setoomscoreadj granted" '"ok":true' "$(as_user setoomscoreadj pid=$victim starttime=$victim_start value=500)"
[ "$(cat /proc/$victim/oom_score_adj)" = 500 ] && pass "oom_score_adj is 500" || fail "oom_score_adj not written"
echo "# (c) hostile argument maps, authorized: each refused with a clear error, nothing written"
thp=/sys/kernel/mm/transparent_hugepage
# drop_pagecache and drop_slab count every write to drop_caches.
state() {
  echo "swappiness $(cat /proc/sys/vm/swappiness), THP $(cat $thp/enabled) / $(cat $thp/defrag)," \
    "oom_score_adj $(cat /proc/$victim/oom_score_adj), caches dropped $(grep '^drop_' /proc/vmstat | tr '\n' ' ')"
}
before=$(state)
kthreadd_start=$(sed 's/.*) //' /proc/2/stat | cut -d' ' -f20)
gone=$(sh -c 'echo $$') # a pid that just ended
long=$(head -c 10000 /dev/zero | tr '\0' 9)
# ERROR|ACTION|ARGUMENT|...: KEY=VALUE sends text, KEY:=JSON a typed value (see the client).
hostile=(
  "invalid-arguments|setswappiness|value=abc"
  "invalid-arguments|setswappiness|value=201"
  "invalid-arguments|setswappiness|value=-1"
  "invalid-arguments|setswappiness|value=0x10"
  "invalid-arguments|setswappiness|value=+5"
  "invalid-arguments|setswappiness|value= 10"
  "invalid-arguments|setswappiness|value=١٠"
  "invalid-arguments|setswappiness|value=18446744073709551626"
  "invalid-arguments|setswappiness|value:=\"10\\n\""
  "invalid-arguments|setswappiness|value:=\"10\\u0000; echo 200\""
  "invalid-arguments|setswappiness|value:=10"
  "invalid-arguments|setswappiness|value:=[10]"
  "invalid-arguments|setswappiness|value:={\"value\":\"10\"}"
  "invalid-arguments|setswappiness|value:=null"
  "invalid-arguments|setswappiness|value:=true"
  "invalid-arguments|setswappiness|VALUE=10"
  "invalid-arguments|setswappiness|value=10|extra=1"
  "invalid-arguments|setswappiness"
  "invalid-arguments|setswappiness|value=$long"
  "invalid-arguments|setswappiness|value=10|$long=1"
  "invalid-arguments|setthp|enabled=../../../etc/passwd"
  "invalid-arguments|setthp|enabled=ALWAYS"
  "invalid-arguments|setthp|enabled:=\"always\\n\""
  "invalid-arguments|setthp|enabled:=[\"always\"]"
  "invalid-arguments|setthp|enabled=$other_thp|defrag=sometimes"
  "invalid-arguments|setthp|defrag=madvise|khugepaged=1"
  "invalid-arguments|setthp"
  "invalid-arguments|dropcaches|value=4"
  "invalid-arguments|dropcaches|value=0"
  "invalid-arguments|dropcaches|value=3abc"
  "invalid-arguments|dropcaches|value:=3"
  "invalid-arguments|dropcaches"
  "invalid-arguments|setoomscoreadj|pid=0|starttime=1|value=0"
  "invalid-arguments|setoomscoreadj|pid=-1|starttime=1|value=0"
  "invalid-arguments|setoomscoreadj|pid=4194305|starttime=1|value=0"
  "invalid-arguments|setoomscoreadj|pid=99999999999999999999|starttime=1|value=0"
  "invalid-arguments|setoomscoreadj|pid=$victim/../1|starttime=$victim_start|value=0"
  "invalid-arguments|setoomscoreadj|pid:=$victim|starttime=$victim_start|value=0"
  "invalid-arguments|setoomscoreadj|pid=$victim|starttime=$victim_start|value=1001"
  "invalid-arguments|setoomscoreadj|pid=$victim|starttime=$victim_start|value=-1001"
  "invalid-arguments|setoomscoreadj|pid=$victim|value=0"
  "invalid-arguments|setoomscoreadj|pid=2|starttime=$kthreadd_start|value=0"
  "no-such-process|setoomscoreadj|pid=$victim|starttime=$((victim_start + 1))|value=-1000"
  "no-such-process|setoomscoreadj|pid=$gone|starttime=1|value=0"
)
for entry in "${hostile[@]}"; do
  IFS='|' read -r -a call <<<"$entry"
  error=${call[0]}
  shown="${call[*]:1}"
  out=$(as_user "${call[@]:1}")
  if grep -q "\"error\":\"$error\",\"message\":\"[^\"]" <<<"$out"; then
    pass "${shown:0:70} refused: $error"
  else
    fail "${shown:0:70} not refused with $error: ${out:0:200}"
  fi
done
after=$(state)
[ "$after" = "$before" ] && pass "nothing written: $after" || fail "hostile arguments changed $before to $after"

echo "# (d) as the window drives it: a tuning session through one client, a trial that ends by itself"
echo "$swappiness" >/proc/sys/vm/swappiness
state_dir=$(mktemp -d)
chown "$user" "$state_dir"
rc=0
out=$(runuser -u "$user" -- env XDG_STATE_HOME="$state_dir" "$drive" --client "$client" --trial-ms 1500 \
  trial-swappiness="$new_swappiness" settle oom="$victim:$victim_start:300" undo 2>&1) || rc=$?
echo "$out" | sed 's/^/  | /'
[ "$rc" = 0 ] && pass "the session's changes and put-backs all succeeded" || fail "the session exited $rc"
expect "swappiness was $new_swappiness during its trial" "kernel swappiness $new_swappiness" "$out"
expect "the trial put swappiness back at its end" "swappiness $swappiness → $new_swappiness — Put back at the end of its trial" "$out"
[ "$(cat /proc/sys/vm/swappiness)" = "$swappiness" ] && pass "swappiness is $swappiness again" || fail "swappiness is $(cat /proc/sys/vm/swappiness)"
expect "the OOM adjustment was made and undone" "(PID $victim) 500 → 300 — Undone" "$out"
[ "$(cat /proc/$victim/oom_score_adj)" = 500 ] && pass "oom_score_adj is 500 again" || fail "oom_score_adj is $(cat /proc/$victim/oom_score_adj)"
[ -z "$(ls -A "$state_dir/memlens" 2>/dev/null)" ] && pass "no trial left in the journal" || fail "the journal still holds $(ls "$state_dir/memlens")"
rm -rf "$state_dir"

echo "# the checker's reports, once the helper has quit after its idle time"
for _ in $(seq 120); do pgrep -f "$helper_exe" >/dev/null || break; sleep 0.5; done
pgrep -f "$helper_exe" >/dev/null && fail "the helper did not quit on its own"
runs=$(find "$checks" -name 'started.*' | wc -l)
[ "$runs" -gt 0 ] && pass "the helper ran $runs time(s) under $check" || fail "the helper never ran under $check"
for report in "$checks"/valgrind-log.* "$checks"/asan.* "$checks"/ubsan.*; do
  [ -s "$report" ] || continue
  fail "$check reported on the helper: $(basename "$report")"
  cat "$report"
done

echo "# $failures failed"
[ "$failures" -eq 0 ]
