// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "snapshot/slabcacherecord.h"

// The kernel's object caches, read once when asked (only root may read /proc/slabinfo).
struct SlabCacheSnapshot {
    qint64 sampledAtMs = 0;
    Reading<QList<SlabCacheRecord>> caches;

    bool operator==(const SlabCacheSnapshot &) const = default;
};
