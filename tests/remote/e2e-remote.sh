#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 MemLens contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# End to end, another machine through the user's OpenSSH: a real sshd on 127.0.0.1 (sshd-env.sh),
# a test user with a key, memlens-agent installed as it would be on a host.
#   (a) `memlens --snapshot --connect` lists the processes a local run lists, within the churn of
#       those seconds;
#   (b) the host without memlens-agent, and a host that does not answer: the stated sentences;
#   (c) sshd killed while the window's engine reads the stream: it says the connection was lost
#       within a few seconds, no hang, no crash.
#
#   e2e-remote.sh BUILD_DIR
# Exit 77 (skipped) when not root outside CI; under CI=true it must run.
set -euo pipefail
build=${1:?usage: e2e-remote.sh BUILD_DIR}
here=$(cd "$(dirname "$0")" && pwd)

# shellcheck source=../support/e2e.sh
. "$(dirname "$0")/../support/e2e.sh"
e2e_needs_root "it starts sshd on 127.0.0.1 and adds a test user"

# shellcheck source=sshd-env.sh
. "$here/sshd-env.sh"
work=$(mktemp -d)
installed=/usr/local/bin/memlens-agent
cleanup() {
  set +e
  [ -n "${watcher:-}" ] && kill "$watcher" 2>/dev/null
  sshd_env_stop
  rm -f "$installed"
  [ -e "$work/hidden-agent" ] && mv "$work/hidden-agent" /usr/bin/memlens-agent
  rm -rf "$work"
}
trap cleanup EXIT

sshd_env_start || { echo "FAIL - sshd did not start"; exit 1; }
export PATH="$SSHD_ENV_BIN_DIR:$PATH"
host=memlens-test

echo "# (b) a host without memlens-agent"
rm -f "$installed"
# Another end-to-end test may have installed the privileged component into /usr: set aside.
[ -e /usr/bin/memlens-agent ] && mv /usr/bin/memlens-agent "$work/hidden-agent"
rc=0
out=$("$build/bin/memlens" --snapshot --connect "$host" 2>&1) || rc=$?
[ "$rc" != 0 ] && grep -q "memlens-agent" <<<"$out" && grep -qi "install" <<<"$out" \
  && pass "said what to install: ${out:0:200}" || fail "exit $rc: ${out:0:300}"

[ -e "$work/hidden-agent" ] && mv "$work/hidden-agent" /usr/bin/memlens-agent
echo "# memlens-agent installed on the host, as an installation puts it on PATH"
install -m 755 "$build/bin/memlens-agent" "$installed"

echo "# (a) the host's processes, against a local run just before and after"
"$build/bin/memlens" --snapshot --format json >"$work/before.json"
rc=0
"$build/bin/memlens" --snapshot --connect "$host" --format json >"$work/remote.json" 2>"$work/remote.err" || rc=$?
"$build/bin/memlens" --snapshot --format json >"$work/after.json"
[ "$rc" = 0 ] && pass "the remote report ran" || fail "the remote report failed (exit $rc): $(head -c 300 "$work/remote.err")"
pids() { jq -r '.processes[].pid' "$1" | sort; } # comm wants the text order
# Every process alive before and after must be in the remote list; the remote list holds nothing
# that was in neither.
comm -12 <(pids "$work/before.json") <(pids "$work/after.json") >"$work/steady"
missing=$(comm -23 "$work/steady" <(pids "$work/remote.json") | wc -l)
steady=$(wc -l <"$work/steady")
[ "$steady" -gt 0 ] && [ "$missing" = 0 ] && pass "all $steady processes alive throughout are listed by the host" \
  || fail "$missing of $steady steady processes missing from the host's list"
own=$(jq --arg u "$SSHD_ENV_USER" '[.processes[] | select(.user == $u and .pss != null)] | length' "$work/remote.json")
[ "$own" -gt 0 ] && pass "the agent read PSS of its own user's processes ($own)" || fail "no PSS for $SSHD_ENV_USER's processes"

echo "# (c) sshd killed under a live stream"
"$build/bin/memlens-sourcewatch" --connect "$host" --interval 500 >"$work/watch.log" 2>&1 &
watcher=$!
for _ in $(seq 300); do [ "$(grep -c '^processes' "$work/watch.log")" -ge 3 ] && break; sleep 0.1; done
[ "$(grep -c '^processes' "$work/watch.log")" -ge 3 ] && pass "the stream flowed" || fail "no stream: $(head -c 300 "$work/watch.log")"
killed_at=$(date +%s%N)
for pid in $(pgrep -x sshd; pgrep -f '^sshd: '); do kill -KILL "$pid" 2>/dev/null || true; done
ended=no
for _ in $(seq 150); do grep -q '^ended' "$work/watch.log" && { ended=yes; break; }; sleep 0.1; done
took=$((($(date +%s%N) - killed_at) / 1000000))
if [ "$ended" = yes ]; then
  pass "the engine said so after $took ms: $(grep '^ended' "$work/watch.log" | head -c 200)"
  grep -qi "connection.*lost\|closed" "$work/watch.log" && pass "the sentence names the lost connection" || fail "the sentence does not say the connection was lost"
else
  fail "still waiting $took ms after sshd was killed"
fi
wait "$watcher" 2>/dev/null && rc=0 || rc=$?
watcher=
[ "$rc" = 3 ] && pass "it ended as a source that stopped, no crash" || fail "it exited $rc"

echo "# (b) a host that does not answer"
rc=0
out=$("$build/bin/memlens" --snapshot --connect "$SSHD_ENV_USER@127.0.0.1:$SSHD_ENV_PORT" 2>&1) || rc=$?
[ "$rc" != 0 ] && grep -qi "reach\|refused" <<<"$out" && pass "unreachable, said: ${out:0:200}" || fail "exit $rc: ${out:0:300}"

e2e_done
