#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 MemLens contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# The Flatpak path without a Flatpak: a fake /.flatpak-info naming an app and a runtime directory,
# and a stub flatpak-spawn that runs what it is given as flatpak-spawn --host would (with the
# --env it is given). MemLens must choose the host agent before it samples anything: the report
# it prints is the agent's, from the first snapshot on, not this process's own /proc.
#
#   flatpak-host.sh BUILD_DIR
# Exit 77 (skipped) when not root outside CI (it writes /.flatpak-info); under CI=true it must run.
set -euo pipefail
build=$(cd "${1:?usage: flatpak-host.sh BUILD_DIR}" && pwd)
# shellcheck source=../support/e2e.sh
. "$(dirname "$0")/../support/e2e.sh"
e2e_needs_root "it writes /.flatpak-info"
if [ -e /.flatpak-info ]; then
  echo "SKIP: /.flatpak-info exists: this is a real Flatpak"
  exit 77
fi
work=$(mktemp -d)
cleanup() { rm -f /.flatpak-info; rm -rf "$work"; }
trap cleanup EXIT

# The app's and the runtime's files, as the sandbox's paths name them on the host.
mkdir -p "$work/app/bin" "$work/runtime/lib/x86_64-linux-gnu" "$work/stub"
ln -s "$build/bin/memlens-agent" "$work/app/bin/memlens-agent"
ln -s "$(readlink -f /lib64/ld-linux-x86-64.so.2)" "$work/runtime/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2"
cat >/.flatpak-info <<INFO
[Application]
name=io.github.memlens.MemLens
runtime=runtime/org.kde.Platform/x86_64/6.7

[Instance]
instance-id=1
app-path=$work/app
runtime-path=$work/runtime
flatpak-version=1.14.4
INFO
# flatpak-spawn --host [--env=K=V]... COMMAND...: logged, then run here with those variables.
cat >"$work/stub/flatpak-spawn" <<'STUB'
#!/bin/sh
echo "$*" >>"$FLATPAK_SPAWN_LOG"
[ "$1" = --host ] || { echo "flatpak-spawn stub: only --host" >&2; exit 2; }
shift
while [ "${1#--env=}" != "$1" ]; do
  export "${1#--env=}"
  shift
done
exec "$@"
STUB
chmod 755 "$work/stub/flatpak-spawn"

if [ "$(uname -m)" != x86_64 ]; then
  echo "SKIP: the stub runtime is laid out for x86_64"
  exit 77
fi
rc=0
FLATPAK_SPAWN_LOG="$work/spawn.log" PATH="$work/stub:$PATH" "$build/bin/memlens" --snapshot --format json >"$work/report.json" 2>"$work/report.err" || rc=$?
[ "$rc" = 0 ] && pass "the report ran" || fail "the report failed (exit $rc): $(head -c 300 "$work/report.err")"
grep -q -- "--host --env=LD_LIBRARY_PATH=$work/runtime/lib/x86_64-linux-gnu:$work/app/lib $work/runtime/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 $work/app/bin/memlens-agent" "$work/spawn.log" \
  && pass "memlens-agent was run on the host, with the runtime's loader and libraries" || fail "flatpak-spawn was not asked for the agent: $(cat "$work/spawn.log" 2>/dev/null)"
# The agent is among the processes it reads; a report from this process's own /proc has none.
agents=$(jq --arg agent "$work/app/bin/memlens-agent" '[.processes[] | select(.command | startswith($agent) or contains(" " + $agent))] | length' "$work/report.json")
[ "$agents" -ge 1 ] && pass "the report is the agent's: it lists the agent itself" || fail "the report does not list the agent: it is not the host agent's"
[ "$(jq '.processes | length' "$work/report.json")" -gt 5 ] && pass "it lists the host's processes" || fail "too few processes"

e2e_done
