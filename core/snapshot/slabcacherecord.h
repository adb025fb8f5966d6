// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parse/slabinfoparser.h"
#include "snapshot/reading.h"

// One kernel object cache as MemLens shows it: what /proc/slabinfo says of it, and whether the
// kernel counts its memory as reclaimable (SReclaimable in /proc/meminfo), which only SLUB's
// sysfs says, so it may be unknown, with the reason.
struct SlabCacheRecord {
    SlabCache cache;
    Reading<bool> reclaimable;

    bool operator==(const SlabCacheRecord &) const = default;
};
