#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 MemLens contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# End to end, what a user meets: the password prompts of a real polkit authentication agent
# (pkttyagent, through polkit-agent-helper-1 and PAM, with the user's real password) when
# memlens-kauth-client runs the helper's actions as an unprivileged user. e2e-helper.sh grants
# its user with a rule saying yes; here a rule only says "ask the admin and keep the answer"
# (auth_admin_keep, the policy's own default for an active session, which no process has in this
# container), and polkit-agent.sh's agent answers and counts the questions.
# The rule answers what the installed policy says for an active session, action by action.
#   1. a tuning session as the window makes it (memlens-tuningdrive: the real TuningSession, one
#      memlens-kauth-client for the session): swappiness on trial, huge pages changed, the trial
#      put back by itself at its end, the huge pages undone — four writes of two knobs, two
#      prompts: polkit 122 keeps an auth_admin_keep answer for the process that got it and for
#      that action, so a put-back or an undo asks nothing and another knob asks once;
#   2. the OOM score adjustment, auth_admin: set and undone, asked each time;
#   3. a wrong password: asked once, refused, nothing written;
#   4. a client without an agent for its own process: refused without a question;
#   5. "Show all processes" for longer than three refresh periods: the root agent runs through
#      pkexec once, for the whole session, so the user is asked once.
# vm.swappiness and the huge page setting are restored.
#
#   e2e-prompts.sh BUILD_DIR
# Exit 77 (skipped) when not root outside CI; under CI=true it must run.
set -euo pipefail
build=${1:?usage: e2e-prompts.sh BUILD_DIR}
here=$(cd "$(dirname "$0")" && pwd)

# shellcheck source=../support/e2e.sh
. "$(dirname "$0")/../support/e2e.sh"
e2e_needs_root "it installs the helper and its polkit policy, runs a system D-Bus and polkitd, and adds a test user with a password"
if [ ! -x "$build/bin/memlens-kauth-client" ]; then
  echo "FAIL - $build/bin/memlens-kauth-client is missing: build the memlens-kauth-client and memlens-helper targets"
  exit 1
fi

# shellcheck source=polkit-agent.sh
. "$here/polkit-agent.sh"

user=memlens-prompts
password="pw-$(head -c 12 /dev/urandom | base64 | tr '+/' '-_')"
wrong="not-$password"
# show LOG: what the terminal showed, without colours and carriage returns.
plain() { sed -e 's/\x1b\[[0-9;?]*[a-zA-Z]//g' -e 's/\r$//' -e '/^Script \(started\|done\) on /d' "$1"; }
show() { plain "$1" | sed 's/^/  | /'; }

# The test user runs a copy of the client: the build tree may be under a directory only root
# may enter (/root).
work=$(mktemp -d)
chmod 755 "$work"
cp "$build/bin/memlens-kauth-client" "$build/bin/memlens-sourcewatch" "$build/bin/memlens-tuningdrive" "$work/"
client="$work/memlens-kauth-client"
watch="$work/memlens-sourcewatch"
drive="$work/memlens-tuningdrive"
# The session's one client process is a subject of its own: it gets an agent as it starts.
printf '#!/bin/sh\nexec "$POLKIT_AGENT_EXEC" %s "$@"\n' "$client" >"$work/client-with-agent"
chmod 755 "$work/client-with-agent"
swappiness=$(cat /proc/sys/vm/swappiness)
thp=/sys/kernel/mm/transparent_hugepage/enabled
thp_enabled=$(grep -o '\[[a-z]*\]' $thp | tr -d '[]')
other_thp=$(grep -o '\b[a-z]*\b' $thp | grep -v "^$thp_enabled$" | head -1)

cleanup() {
  set +e
  echo "$swappiness" >/proc/sys/vm/swappiness
  echo "$thp_enabled" >$thp
  polkit_agent_cleanup
  [ -n "${victim:-}" ] && kill "$victim" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

echo "# install the helper, its D-Bus files and the polkit policy"
cmake --install "$build" --component memlens-helper --prefix /usr >/dev/null
echo "# a system bus and polkitd"
polkit_system_start || { echo "FAIL - no system bus or polkitd"; exit 1; }
echo "# $user, in polkit's admin group $(polkit_admin_group), is asked for its own password"
polkit_agent_user "$user" "$password"
polkit_ask_rule_install io.github.memlens.helper. "$user" /usr/share/polkit-1/actions/io.github.memlens.helper.policy \
  || { echo "FAIL - polkitd did not take up the rule asking $user"; exit 1; }
polkit_ask_rule_install io.github.memlens.agent. "$user" \
  || { echo "FAIL - polkitd did not take up the rule asking $user for the root agent"; exit 1; }
new_swappiness=$([ "$swappiness" = 10 ] && echo 20 || echo 10)
version=$(pkaction --version 2>/dev/null | awk '{ print $NF }')

echo "# 1. tuning: a session of four writes through one client, the user typing the right password"
mkdir "$work/state" && chown "$user" "$work/state"
rc=0
prompts=$(polkit_count_prompts "$user" "$password" "$work/tuning.log" -- env XDG_STATE_HOME="$work/state" \
  "$drive" --client "$work/client-with-agent" --trial-ms 3000 trial-swappiness="$new_swappiness" thp="$other_thp", settle undo) || rc=$?
show "$work/tuning.log"
[ "$rc" = 0 ] && pass "every change and put-back succeeded" || fail "the session exited $rc"
plain "$work/tuning.log" | grep -q "kernel swappiness $new_swappiness" \
  && pass "swappiness was $new_swappiness during its trial" || fail "swappiness was not $new_swappiness during its trial"
plain "$work/tuning.log" | grep -q "swappiness $swappiness → $new_swappiness — Put back at the end of its trial" \
  && pass "the trial put swappiness back by itself" || fail "the trial was not put back at its end"
plain "$work/tuning.log" | grep -q "huge pages enabled $thp_enabled → $other_thp — Undone" \
  && pass "the huge pages change was undone" || fail "the huge pages change was not undone"
[ "$(cat /proc/sys/vm/swappiness)" = "$swappiness" ] && pass "swappiness is $swappiness again" || fail "swappiness is $(cat /proc/sys/vm/swappiness), not $swappiness"
grep -q "\[$thp_enabled\]" $thp && pass "huge pages are $thp_enabled again" || fail "huge pages are not $thp_enabled again"
[ "$(grep -c '==== AUTHENTICATION COMPLETE ====' "$work/tuning.log")" = "$prompts" ] \
  && pass "every prompt was answered with the right password" || fail "not every prompt ended in AUTHENTICATION COMPLETE"
grep -qF -- "$password" "$work/tuning.log" && fail "the password shows in the terminal's log" || pass "the password was not echoed"
[ -z "$(ls -A "$work/state/memlens" 2>/dev/null)" ] && pass "no trial is left in the journal" || fail "the journal still holds $(ls "$work/state/memlens")"
echo "tuning: 4 writes of 2 knobs (a trial and its put-back, a change and its undo) asked for the password $prompts time(s) (polkit $version, auth_admin_keep, one client process)"
[ "$prompts" = 2 ] && pass "2 prompts for 4 writes of 2 knobs: none for the put-back or the undo" || fail "expected 2 prompts (one per knob) for 4 writes, the user met $prompts"
# Each prompt came before a knob's first write, none before a put-back or an undo.
asked_for=$(plain "$work/tuning.log" | sed -n 's/^==== AUTHENTICATING FOR \(.*\) ====$/\1/p' | tr '\n' ' ')
[ "$asked_for" = "io.github.memlens.helper.setswappiness io.github.memlens.helper.setthp " ] \
  && pass "asked for setswappiness, then setthp, once each" || fail "asked for: $asked_for"

echo "# 2. the OOM score adjustment (auth_admin): set and undone, each write asked for"
sleep 300 &
victim=$!
victim_start=$(sed 's/.*) //' /proc/$victim/stat | cut -d' ' -f20)
victim_adj=$(cat /proc/$victim/oom_score_adj)
rc=0
prompts=$(polkit_count_prompts "$user" "$password" "$work/oom.log" -- env XDG_STATE_HOME="$work/state" \
  "$drive" --client "$work/client-with-agent" oom="$victim:$victim_start:500" undo) || rc=$?
show "$work/oom.log"
[ "$rc" = 0 ] && pass "set and undone" || fail "the session exited $rc"
plain "$work/oom.log" | grep -q "(PID $victim) $victim_adj → 500 — Undone" && pass "the log says $victim_adj → 500, undone" || fail "the log does not show the adjustment undone"
[ "$(cat /proc/$victim/oom_score_adj)" = "$victim_adj" ] && pass "oom_score_adj is $victim_adj again" || fail "oom_score_adj is $(cat /proc/$victim/oom_score_adj)"
echo "OOM score adjustment: 2 writes asked for the password $prompts time(s) (auth_admin)"
[ "$prompts" = 2 ] && pass "2 prompts for 2 writes" || fail "expected 2 prompts for 2 writes, the user met $prompts"
kill "$victim"

echo "# 3. a wrong password: asked once, refused, nothing written"
echo "$swappiness" >/proc/sys/vm/swappiness
rc=0
prompts=$(polkit_count_prompts "$user" "$wrong" "$work/wrong.log" -- "$client" setswappiness value="$new_swappiness") || rc=$?
show "$work/wrong.log"
[ "$prompts" = 1 ] && pass "asked once" || fail "asked $prompts times"
[ "$rc" != 0 ] && grep -q '"error":"not-authorized"' "$work/wrong.log" \
  && pass "refused: not-authorized" || fail "not refused as not-authorized (exit $rc)"
grep -q '==== AUTHENTICATION FAILED ====' "$work/wrong.log" && pass "the agent said AUTHENTICATION FAILED" || fail "the agent did not report the failure"
[ "$(cat /proc/sys/vm/swappiness)" = "$swappiness" ] && pass "swappiness unchanged" || fail "swappiness changed to $(cat /proc/sys/vm/swappiness)"
echo "wrong password: 1 write asked $prompts time(s), refused, swappiness still $(cat /proc/sys/vm/swappiness)"

echo "# 4. a client without an agent for its own process: no session agent to fall back on"
rc=0
prompts=$(polkit_count_prompts "$user" "$password" "$work/no-agent.log" -- sh -c '"$1" setswappiness value="$2"' sh "$client" "$new_swappiness") || rc=$?
show "$work/no-agent.log"
[ "$prompts" = 0 ] && [ "$rc" != 0 ] && grep -q '"error":"not-authorized"' "$work/no-agent.log" \
  && pass "refused without a prompt: the agent of its parent shell does not serve it" \
  || fail "expected a refusal without a prompt, got $prompts prompt(s), exit $rc"
[ "$(cat /proc/sys/vm/swappiness)" = "$swappiness" ] && pass "swappiness unchanged" || fail "swappiness changed to $(cat /proc/sys/vm/swappiness)"

echo "# 5. Show all processes for a dozen refreshes at 500 ms: one prompt for the whole session"
sleep 300 &
victim=$! # root's: its PSS is what the user cannot read alone
rc=0
prompts=$(polkit_count_prompts "$user" "$password" "$work/all.log" -- "$watch" --all-processes --pss-of "$victim" --interval 500 --snapshots 12) || rc=$?
show "$work/all.log"
[ "$rc" = 0 ] && pass "the session ran to its end" || fail "the session exited $rc"
plain "$work/all.log" | grep -q '^all-processes started' && pass "the root agent's figures replaced the user's" || fail "the root agent never delivered"
# Lines after the start whose PSS of root's process is known.
root_pss=$(plain "$work/all.log" | sed -n '/^all-processes started/,$p' | grep -c '^processes [0-9]* [0-9]' || true)
[ "$root_pss" -ge 4 ] && pass "$root_pss refreshes carried root's PSS of process $victim" || fail "only $root_pss refreshes carried root's PSS"
echo "show all processes: $root_pss refreshes as root asked for the password $prompts time(s)"
[ "$prompts" = 1 ] && pass "1 prompt for the whole session" || fail "expected 1 prompt for the session, the user met $prompts"

e2e_done
