#!/usr/bin/env bash

# SPDX-FileCopyrightText: 2026 MemLens contributors
#
# SPDX-License-Identifier: GPL-3.0-or-later

# Builds the libFuzzer targets in build/fuzz (clang, ASan + UBSan), seeds each one's corpus from
# the captured fixtures and runs them all for about a minute in total, then prints per target the
# inputs run, the corpus size and the coverage. Exits non-zero if a target crashed, hung or broke
# a parser's promise, and prints the file holding the input that did it.
#   tests/fuzz/run.sh [extra cmake configure arguments]
#   MEMLENS_FUZZ_SECONDS=600 tests/fuzz/run.sh     # a longer run (default 60 s in all)
#   MEMLENS_FUZZ_JOBS=4 tests/fuzz/run.sh          # targets run side by side (default: nproc)
# Needs clang-14 and libclang-rt-14-dev (libFuzzer and the sanitizer runtimes) besides the
# packages build.sh installs. Corpora grow across runs in build/fuzz/corpus/<target>/.
set -euo pipefail
cd "$(dirname "$0")/../.."

build=build/fuzz
seconds=${MEMLENS_FUZZ_SECONDS:-60}
jobs=${MEMLENS_FUZZ_JOBS:-$(nproc)}

if command -v clang++-14 >/dev/null; then
  cc=clang-14 cxx=clang++-14
else
  cc=clang cxx=clang++
fi

# The whole program is instrumented (fuzzer-no-link), so coverage reaches into memlens_core and
# the helper's rules; the fuzz targets add -fsanitize=fuzzer themselves. UBSan must not recover,
# or undefined behaviour would only be printed, not reported as a crash. Debug keeps Qt's
# Q_ASSERTs (a view sliced out of range) and _GLIBCXX_ASSERTIONS the standard library's checks.
sanitize="-fsanitize=address,undefined -fsanitize=fuzzer-no-link -fno-sanitize-recover=undefined -fno-omit-frame-pointer -D_GLIBCXX_ASSERTIONS"
mkdir -p "$build"
CC=$cc CXX=$cxx cmake -S . -B "$build" -G Ninja \
  -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" -DCMAKE_CXX_FLAGS="$sanitize" \
  -DBUILD_TESTING=ON -DMEMLENS_FUZZ=ON "$@" >"$build/configure.log" 2>&1 ||
  { cat "$build/configure.log" >&2; exit 1; }
cmake --build "$build" --target memlens_fuzzers

# --- Seed corpora: the captured files each parser reads --------------------------------------
shopt -s nullglob globstar
fixtures=tests/fixtures
corpus=$build/corpus

# seed TARGET FILE...: copies the files into TARGET's corpus, named after their fixture path.
seed() {
  local target=$1 file
  shift
  mkdir -p "$corpus/$target"
  for file in "$@"; do
    cp "$file" "$corpus/$target/$(echo "${file#"$fixtures"/}" | tr / _)"
  done
}

seed fuzz_textscan $fixtures/*/proc/sys/vm/* $fixtures/*/proc/*/oom_score* $fixtures/**/memory.current $fixtures/**/memory.max
seed fuzz_octalescape $fixtures/*/proc/swaps $fixtures/*/proc/*/cgroup
seed fuzz_meminfoparser $fixtures/*/proc/meminfo
seed fuzz_flatkeyedparser $fixtures/*/proc/vmstat $fixtures/**/memory.stat $fixtures/**/memory.events
seed fuzz_pressureparser $fixtures/*/proc/pressure/memory $fixtures/**/memory.pressure
seed fuzz_swapsparser $fixtures/*/proc/swaps
seed fuzz_drmfdinfoparser $fixtures/drm-fdinfo/*.txt
seed fuzz_arcstatsparser $fixtures/zfs-arcstats/arcstats*
seed fuzz_integerparser $fixtures/*/proc/sys/vm/* $fixtures/*/proc/sys/kernel/* $fixtures/*/proc/*/oom_score* \
  $fixtures/**/memory.current $fixtures/**/memory.swap.current $fixtures/**/memory.usage_in_bytes $fixtures/*/sys/block/*/disksize
seed fuzz_thpchoiceparser $fixtures/*/sys/kernel/mm/transparent_hugepage/* $fixtures/*/sys/block/*/comp_algorithm
seed fuzz_procstatusparser $fixtures/*/proc/[0-9]*/status
seed fuzz_procstatparser $fixtures/*/proc/[0-9]*/stat
seed fuzz_cmdlineparser $fixtures/*/proc/[0-9]*/cmdline
seed fuzz_proccgroupparser $fixtures/*/proc/[0-9]*/cgroup
seed fuzz_cgrouplimitparser $fixtures/**/memory.max $fixtures/**/memory.high $fixtures/**/memory.low $fixtures/**/memory.min \
  $fixtures/**/memory.swap.max $fixtures/**/memory.limit_in_bytes
seed fuzz_smapsparser $fixtures/*/proc/[0-9]*/smaps
seed fuzz_smapsrollupparser $fixtures/*/proc/[0-9]*/smaps_rollup
seed fuzz_zrammmstatparser $fixtures/*/sys/block/*/mm_stat
seed fuzz_boottimeparser $fixtures/*/proc/stat
seed fuzz_kmsgrecordparser $fixtures/*/dev/kmsg
seed fuzz_oomkillparser $fixtures/*/dev/kmsg
seed fuzz_oomdaemonparser $fixtures/oom-daemons/*.txt
seed fuzz_slabinfoparser $fixtures/*/proc/slabinfo
seed fuzz_nodememinfoparser $fixtures/*/sys/devices/system/node/node*/meminfo
seed fuzz_numamapsparser $fixtures/*/proc/[0-9]*/numa_maps
seed fuzz_sysvshmparser $fixtures/*/proc/sysvipc/shm
seed fuzz_mountsparser $fixtures/*/proc/self/mounts
seed fuzz_integerparser $fixtures/*/sys/kernel/mm/ksm/pages_* $fixtures/*/sys/kernel/mm/hugepages/*/nr_hugepages
seed fuzz_flatkeyedparser $fixtures/*/sys/devices/system/node/node*/numastat
seed fuzz_zoneinfoparser $fixtures/*/proc/zoneinfo
seed fuzz_textescape $fixtures/*/proc/[0-9]*/cmdline $fixtures/*/proc/[0-9]*/status
# The pools' directory names are the input, not their files' contents.
mkdir -p "$corpus/fuzz_hugepagedirectory"
for dir in $fixtures/*/sys/kernel/mm/hugepages/hugepages-*/; do
  printf '%s' "$(basename "$dir")" >"$corpus/fuzz_hugepagedirectory/$(basename "$dir")"
done

# The helper takes requests, not kernel text: the requests its test makes, on the same capture
# the target builds its fake tree from (field 22 of stat is the start time).
start_of() { sed 's/.*) //' "$fixtures/linux-6.18/proc/$1/stat" | awk '{ print $20 }'; }
mkdir -p "$corpus/fuzz_tuningrules"
printf 'swappiness\nvalue=10\n' >"$corpus/fuzz_tuningrules/swappiness"
printf 'thp\nenabled=never\ndefrag=defer\n' >"$corpus/fuzz_tuningrules/thp"
printf 'drop\nvalue=3\n' >"$corpus/fuzz_tuningrules/drop"
printf 'adj\npid=23158\nstarttime=%s\nvalue=-500\n' "$(start_of 23158)" >"$corpus/fuzz_tuningrules/adj"
printf 'adj\npid=2\nstarttime=%s\nvalue=100\n' "$(start_of 2)" >"$corpus/fuzz_tuningrules/adj-kernel-thread"
mkdir -p "$corpus/fuzz_agentrequest" "$corpus/fuzz_snapshotstream" "$corpus/fuzz_recordingoutline"
printf 'hello 4\ninterval 2000\npss-max-age 10000\npause on\npause off\nrefresh\nslab-caches\n' >"$corpus/fuzz_agentrequest/conversation"
printf 'libraries on\ncgroups off\nkill-history on\nmappings 23158 4711\nmappings none\n' >"$corpus/fuzz_agentrequest/toggles"
# Real streams: what memlens-agent writes for captured trees (the debug build's, built before the
# fuzzers by build.sh test), every kind of record asked for once.
agent=build/dev/bin/memlens-agent
if [ -x "$agent" ]; then
  for tree in linux-6.1-swap linux-6.18 linux-6.18-kernelmem; do
    { printf 'hello 4\nlibraries on\ncgroups on\nkill-history on\nmappings 23158 %s\nslab-caches\n' "$(start_of 23158)"; sleep 3; } |
      timeout 60 "$agent" --root "$fixtures/$tree" --count 2 --interval 500 >"$corpus/fuzz_snapshotstream/$tree" || true
    cp "$corpus/fuzz_snapshotstream/$tree" "$corpus/fuzz_recordingoutline/$tree"
  done
fi

# --- Run ---------------------------------------------------------------------------------------
targets=()
for dir in "$corpus"/*/; do
  targets+=("$(basename "$dir")")
done
# Side by side, `jobs` at a time: each gets its share of the whole run's time.
per_target=$(( seconds * jobs / ${#targets[@]} ))
[ "$per_target" -ge 1 ] || per_target=1
logs=$build/logs
artifacts=$build/crashes
rm -rf "$logs"
mkdir -p "$logs" "$artifacts"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}

# run_one TARGET: runs it, its output in logs/TARGET.log and its exit status in logs/TARGET.status.
run_one() {
  local target=$1 status=0
  "$build/bin/$target" "$corpus/$target" -max_total_time="$per_target" -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$artifacts/$target-" >"$logs/$target.log" 2>&1 || status=$?
  echo "$status" >"$logs/$target.status"
}

echo "Running ${#targets[@]} targets for ${per_target} s each, $jobs at a time"
running=0
for target in "${targets[@]}"; do
  run_one "$target" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait -n
    running=$((running - 1))
  fi
done
wait

# --- Report ------------------------------------------------------------------------------------
failed=0
printf '%-26s %12s %8s %6s  %s\n' target executions corpus cov result
for target in "${targets[@]}"; do
  log=$logs/$target.log
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
  files=$(find "$corpus/$target" -type f | wc -l)
  result=ok
  if [ "$(cat "$logs/$target.status")" != 0 ]; then
    failed=1
    result="FAILED: $(sed -n 's/.*Test unit written to //p' "$log" | tail -n 1) (log: $log)"
  fi
  printf '%-26s %12s %8s %6s  %s\n' "$target" "${execs:--}" "$files" "${cov:--}" "$result"
done
exit "$failed"
