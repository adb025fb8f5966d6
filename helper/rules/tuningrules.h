// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "request.h"
#include "rootdir.h"

// One rule per helper action. Each checks the whole request before it touches anything, writes
// only the one file the action is about (opened without following links and never created),
// and reads the result back.
namespace TuningRules
{
// value: 0–200 → /proc/sys/vm/swappiness. data: old, new.
Outcome setSwappiness(const RootDir &root, const Arguments &arguments);
// enabled and/or defrag: one of the kernel's own words, and only one the running kernel lists
// → /sys/kernel/mm/transparent_hugepage/{enabled,defrag}. data: <knob>.old, <knob>.new.
Outcome setThp(const RootDir &root, const Arguments &arguments);
// value: 1 (page cache), 2 (slab objects) or 3 (both) → /proc/sys/vm/drop_caches, after sync.
Outcome dropCaches(const RootDir &root, const Arguments &arguments);
// pid, starttime (clock ticks after boot, from /proc/PID/stat) and value −1000…1000 →
// /proc/PID/oom_score_adj. A recycled pid (other start time) and kernel threads are refused.
// data: old, new, oom_score.
Outcome setOomScoreAdj(const RootDir &root, const Arguments &arguments);
}
