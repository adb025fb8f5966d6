#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 MemLens contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# End to end, "Show all processes" as root and who learns what: memlens-agent started through the
# real pkexec and polkitd under its own action, its figures coming back through its pipe only.
#   (a) the installed policy names the installed agent for pkexec;
#   (b) granted: the report of `memlens --snapshot --all-processes` carries the PSS of a root
#       process the user cannot read alone, while a second unprivileged user watching the system
#       bus with dbus-monitor receives none of it (nor anything of MemLens's larger than a few
#       hundred bytes); the same bystander does see the broadcast of a KAuth write, short;
#   (c) the agent running as root keeps only the capabilities it reads with, and no_new_privs;
#   (d) refused: the report says so plainly and reads nothing as root.
#
#   e2e-rootagent.sh BUILD_DIR
# Exit 77 (skipped) when not root outside CI; under CI=true it must run.
set -euo pipefail
build=${1:?usage: e2e-rootagent.sh BUILD_DIR}
here=$(cd "$(dirname "$0")" && pwd)

# shellcheck source=../support/e2e.sh
. "$(dirname "$0")/../support/e2e.sh"
e2e_needs_root "it installs the agent and its polkit policy, runs a system D-Bus and polkitd, and adds two test users"

# shellcheck source=polkit-agent.sh
. "$here/polkit-agent.sh"

user=memlens-granted
bystander=memlens-bystander
rule=/etc/polkit-1/rules.d/49-memlens-rootagent.rules

# The users run copies: the build tree may be under a directory only root may enter (/root).
work=$(mktemp -d)
chmod 755 "$work"
cp "$build/bin/memlens" "$build/bin/memlens-sourcewatch" "$build/bin/memlens-kauth-client" "$work/"
swappiness=$(cat /proc/sys/vm/swappiness)
cleanup() {
  set +e
  echo "$swappiness" >/proc/sys/vm/swappiness
  rm -f "$rule"
  [ -n "${monitor:-}" ] && kill "$monitor" 2>/dev/null
  [ -n "${watcher:-}" ] && kill "$watcher" 2>/dev/null
  [ -n "${victim:-}" ] && kill "$victim" 2>/dev/null
  polkit_agent_cleanup
  for u in "$user" "$bystander"; do id "$u" >/dev/null 2>&1 && userdel "$u"; done
  [ -n "${KEEP_LOGS:-}" ] && cp -r "$work" /tmp/e2e-rootagent-logs; rm -rf "$work"
}
trap cleanup EXIT

echo "# (a) the agent and its policy, installed where pkexec looks"
cmake --install "$build" --component memlens-helper --prefix /usr >/dev/null
agent=/usr/bin/memlens-agent
policy=/usr/share/polkit-1/actions/io.github.memlens.agent.policy
[ -x "$agent" ] && pass "$agent installed" || fail "$agent not installed"
grep -q 'id="io.github.memlens.agent.readall"' "$policy" && pass "the policy declares io.github.memlens.agent.readall" || fail "no action in $policy"
grep -q "<annotate key=\"org.freedesktop.policykit.exec.path\">$agent</annotate>" "$policy" \
  && pass "the action is for $agent only" || fail "the policy does not name $agent"
polkit_system_start || { echo "FAIL - no system bus or polkitd"; exit 1; }
for u in "$user" "$bystander"; do id "$u" >/dev/null 2>&1 || useradd --no-create-home --shell /usr/sbin/nologin "$u"; done
sleep 300 &
victim=$! # root's: its PSS is what the user cannot read alone

echo "# (d) without a rule granting $user: refused, said plainly"
rm -f "$rule"
rc=0
out=$(runuser -u "$user" -- "$work/memlens" --snapshot --all-processes --format json 2>&1) || rc=$?
[ "$rc" != 0 ] && pass "the report failed (exit $rc)" || fail "the report succeeded without authorization"
grep -q "not allowed\|administrator password\|authentication agent" <<<"$out" && pass "it said why: ${out:0:160}" || fail "no plain reason: ${out:0:300}"
grep -q '"pss"' <<<"$out" && fail "figures were printed without authorization" || pass "no figures printed"

echo "# (b) granted, with $bystander watching the system bus"
cat >"$rule" <<'RULE'
polkit.addRule(function(action, subject) {
    if ((action.id == "io.github.memlens.agent.readall" || action.id.indexOf("io.github.memlens.helper.") == 0)
        && subject.user == "memlens-granted")
        return polkit.Result.YES;
});
RULE
for _ in $(seq 300); do
  runuser -u "$user" -- sh -c 'exec pkcheck --action-id io.github.memlens.agent.readall --process $$' >/dev/null 2>&1 && break
  sleep 0.1
done
runuser -u "$bystander" -- dbus-monitor --system >"$work/bystander.log" 2>&1 &
monitor=$!
# The bystander's monitor is listening once it has printed its own NameAcquired.
for _ in $(seq 100); do grep -q NameAcquired "$work/bystander.log" && break; sleep 0.1; done
rc=0
runuser -u "$user" -- "$work/memlens" --snapshot --all-processes --format json >"$work/report.json" 2>"$work/report.err" || rc=$?
[ "$rc" = 0 ] && pass "the report ran as root" || fail "the report failed (exit $rc): $(head -c 300 "$work/report.err")"
pss=$(jq -r --argjson pid "$victim" '.processes[] | select(.pid == $pid) | .pss // empty' "$work/report.json" 2>/dev/null || true)
[ -n "$pss" ] && [ "$pss" -gt 0 ] && pass "the report carries PSS $pss of root's process $victim" || fail "no PSS of root's process $victim in the report"
others=$(jq '[.processes[] | select(.uid != 0 and .pss != null)] | length' "$work/report.json" 2>/dev/null || echo 0)
# A KAuth write, so the bystander's monitor shows what it does receive: the write's short broadcast.
runuser -u "$user" -- "$work/memlens-kauth-client" setswappiness value="$swappiness" >/dev/null 2>&1 || true
sleep 1
kill "$monitor"; wait "$monitor" 2>/dev/null || true
monitor=
grep -q "org.kde.kf5auth\|remoteSignal" "$work/bystander.log" \
  && pass "the bystander's monitor works: it received the KAuth write's broadcast" \
  || fail "the bystander received no KAuth broadcast: is the monitor listening?"
grep -qw -- "$pss" "$work/bystander.log" && fail "the bystander received the PSS figure $pss" || pass "the bystander did not receive the PSS figure"
grep -qi "pss\|kmalloc\|dentry\|smaps" "$work/bystander.log" && fail "the bystander received memory figures or slab names" || pass "no memory figures or slab names on the bus"
# No message from MemLens's helper or agent larger than a few hundred bytes: dbus-monitor prints a
# message as a header line and its indented arguments, a byte array as lines of hex pairs.
largest=$(awk '/^(signal|method|error|method return)/ { if (m) print size; m = /memlens|kf5auth/; size = 0; next }
  /^ *([0-9a-f][0-9a-f] ?)+$/ { size += NF; next } { size += length($0) } END { if (m) print size }' \
  "$work/bystander.log" | sort -n | tail -1)
[ "${largest:-0}" -le 400 ] && pass "MemLens's largest message on the bus: ${largest:-0} bytes" || fail "a MemLens message of $largest bytes reached the bystander"
echo "bystander: $(wc -l <"$work/bystander.log") lines received; report: PSS of $((others)) other users' processes"

echo "# (c) the agent as root keeps only what it reads with"
runuser -u "$user" -- "$work/memlens-sourcewatch" --all-processes --interval 500 --snapshots 40 >"$work/watch.log" 2>&1 &
watcher=$!
for _ in $(seq 200); do grep -q '^all-processes started' "$work/watch.log" && break; sleep 0.1; done
agent_pid=$(pgrep -u 0 -f "^$agent" | head -1 || true)
if [ -n "$agent_pid" ]; then
  caps=$(awk '/^CapEff/ { print $2 }' "/proc/$agent_pid/status")
  bounding=$(awk '/^CapBnd/ { print $2 }' "/proc/$agent_pid/status")
  nnp=$(awk '/^NoNewPrivs/ { print $2 }' "/proc/$agent_pid/status")
  # CAP_DAC_READ_SEARCH (2), CAP_SYS_PTRACE (19), CAP_SYSLOG (34)
  [ "$caps" = 0000000400080004 ] && pass "effective capabilities: dac_read_search, sys_ptrace, syslog" || fail "effective capabilities $caps"
  [ "$bounding" = 0000000000000000 ] && pass "no capability left to regain" || fail "bounding set $bounding"
  [ "$nnp" = 1 ] && pass "no_new_privs set" || fail "no_new_privs is $nnp"
else
  fail "no memlens-agent running as root: $(head -c 300 "$work/watch.log")"
fi
kill "$watcher" 2>/dev/null; wait "$watcher" 2>/dev/null || true
watcher=
sleep 1
pgrep -f "^$agent" >/dev/null && fail "the root agent outlived the window that started it" || pass "the root agent ended with its window"

e2e_done
