#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 MemLens contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Runs the README's test command (./build.sh test) several times in a row, some of the runs on a
# machine kept busy, to find the tests that pass only when the machine is quiet.
#   tests/repeat.sh [RUNS [LOADED]]     RUNS runs (default 10), LOADED of them (default 3) under
#                                       load: those right after the first, which builds everything
#   MEMLENS_LOAD=build tests/repeat.sh  the load is a second build of MemLens in a temporary clone,
#                                       again and again, instead of stress-ng
# stress-ng keeps both cores busy, allocates and frees 512 MiB over and over, and forks processes
# that end at once: CPU, memory and process churn, all three of which live tests meet. Each run's
# output goes to build/repeat/run-N.log; the last line counts the runs that passed and failed.
set -uo pipefail
cd "$(dirname "$0")/.."

runs=${1:-10}
loaded=${2:-3}
load=${MEMLENS_LOAD:-stress}
logs=build/repeat
mkdir -p "$logs"

if [ "$loaded" -gt 0 ] && [ "$load" = stress ] && ! command -v stress-ng >/dev/null; then
  apt-get install -y -qq --no-install-recommends stress-ng >/dev/null 2>&1 ||
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends stress-ng >/dev/null; } ||
    { echo "stress-ng is needed for the loaded runs: apt-get install stress-ng" >&2; exit 1; }
fi

# The load runs in a process group of its own, so that stopping it stops every process it started.
loader= clone=
start_load() {
  case "$load" in
    stress) setsid stress-ng --cpu 2 --vm 1 --vm-bytes 512M --fork 1 --quiet &
            loader=$! ;;
    build) clone=$(mktemp -d)
           git clone -q . "$clone"
           setsid bash -c 'cd "$1" && while :; do
               rm -rf build/load
               cmake -S . -B build/load -G Ninja -DCMAKE_BUILD_TYPE=Debug -DBUILD_TESTING=ON >/dev/null && cmake --build build/load >/dev/null
             done' load "$clone" &
           loader=$! ;;
    *) echo "unknown load $load: stress or build" >&2; exit 2 ;;
  esac
}
stop_load() {
  [ -n "$loader" ] && kill -TERM -- "-$loader" 2>/dev/null && wait "$loader" 2>/dev/null
  [ -n "$clone" ] && rm -rf "$clone"
  loader= clone=
  return 0
}
trap stop_load EXIT

passed=0 failed=0
for run in $(seq "$runs"); do
  what=quiet
  if [ "$run" -gt 1 ] && [ "$run" -le $((loaded + 1)) ]; then
    what="under $load load"
    start_load
  fi
  began=$(date +%s)
  if ./build.sh test >"$logs/run-$run.log" 2>&1; then
    passed=$((passed + 1)) result=passed
  else
    failed=$((failed + 1)) result="FAILED (see $logs/run-$run.log)"
  fi
  stop_load
  echo "run $run ($what, $(($(date +%s) - began)) s): $result"
  grep -E '^ *[0-9]+/[0-9]+ Test +#[0-9]+: .*(Failed|Timeout|Exception)|FAIL!|^FAIL -|FAILED:' "$logs/run-$run.log" | sed 's/^/    /'
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
