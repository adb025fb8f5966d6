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
#   1. two writes of vm.swappiness, each by its own client process, as a tuning session makes
#      them: polkit 122 keeps an auth_admin_keep answer for the process that got it only, so the
#      user is asked once per write;
#   2. a wrong password: asked once, refused, nothing written;
#   3. a client without an agent for its own process: refused without a question;
#   4. "Show all processes" for longer than three refresh periods: the root agent runs through
#      pkexec once, for the whole session, so the user is asked once.
# vm.swappiness is restored.
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
cp "$build/bin/memlens-kauth-client" "$build/bin/memlens-sourcewatch" "$work/"
client="$work/memlens-kauth-client"
watch="$work/memlens-sourcewatch"
swappiness=$(cat /proc/sys/vm/swappiness)

cleanup() {
  set +e
  echo "$swappiness" >/proc/sys/vm/swappiness
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
polkit_ask_rule_install io.github.memlens.helper. "$user" \
  || { echo "FAIL - polkitd did not take up the rule asking $user"; exit 1; }
polkit_ask_rule_install io.github.memlens.agent. "$user" \
  || { echo "FAIL - polkitd did not take up the rule asking $user for the root agent"; exit 1; }
new_swappiness=$([ "$swappiness" = 10 ] && echo 20 || echo 10)
version=$(pkaction --version 2>/dev/null | awk '{ print $NF }')

echo "# 1. tuning: two writes, each by its own client, the user typing the right password"
rc=0
prompts=$(polkit_count_prompts "$user" "$password" "$work/tuning.log" -- sh -c '
  "$POLKIT_AGENT_EXEC" "$1" setswappiness value="$2" || exit
  echo "swappiness between the writes: $(cat /proc/sys/vm/swappiness)"
  exec "$POLKIT_AGENT_EXEC" "$1" setswappiness value="$3"' sh "$client" "$new_swappiness" "$swappiness") || rc=$?
show "$work/tuning.log"
[ "$rc" = 0 ] && pass "both writes succeeded" || fail "the writes exited $rc"
[ "$(grep -c '"ok":true' "$work/tuning.log")" = 2 ] && pass "the client reported two writes" || fail "the client did not report two writes"
grep -q "swappiness between the writes: $new_swappiness" "$work/tuning.log" \
  && pass "the first write set swappiness to $new_swappiness" || fail "the first write did not set swappiness to $new_swappiness"
[ "$(cat /proc/sys/vm/swappiness)" = "$swappiness" ] && pass "the second write set it back to $swappiness" || fail "swappiness is $(cat /proc/sys/vm/swappiness), not $swappiness"
[ "$(grep -c '==== AUTHENTICATION COMPLETE ====' "$work/tuning.log")" = "$prompts" ] \
  && pass "every prompt was answered with the right password" || fail "not every prompt ended in AUTHENTICATION COMPLETE"
grep -qF -- "$password" "$work/tuning.log" && fail "the password shows in the terminal's log" || pass "the password was not echoed"
echo "tuning: 2 writes asked for the password $prompts times (polkit $version keeps auth_admin_keep per process)"
[ "$prompts" = 2 ] && pass "2 prompts for 2 writes" || fail "expected 2 prompts for 2 writes, the user met $prompts"

echo "# 2. a wrong password: asked once, refused, nothing written"
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

echo "# 3. a client without an agent for its own process: no session agent to fall back on"
rc=0
prompts=$(polkit_count_prompts "$user" "$password" "$work/no-agent.log" -- sh -c '"$1" setswappiness value="$2"' sh "$client" "$new_swappiness") || rc=$?
show "$work/no-agent.log"
[ "$prompts" = 0 ] && [ "$rc" != 0 ] && grep -q '"error":"not-authorized"' "$work/no-agent.log" \
  && pass "refused without a prompt: the agent of its parent shell does not serve it" \
  || fail "expected a refusal without a prompt, got $prompts prompt(s), exit $rc"
[ "$(cat /proc/sys/vm/swappiness)" = "$swappiness" ] && pass "swappiness unchanged" || fail "swappiness changed to $(cat /proc/sys/vm/swappiness)"

echo "# 4. Show all processes for a dozen refreshes at 500 ms: one prompt for the whole session"
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
