// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parse/namedvalues.h"
#include "parse/zoneinfoparser.h"

#include <optional>

// The two lines the kernel draws for dirty page cache, computed as mm/page-writeback.c does
// (global_dirtyable_memory and domain_dirty_limits), in whole pages:
//   dirtyable = free pages − min(free pages, totalreserve_pages) + Active(file) + Inactive(file) + 1
//   each threshold = its *_bytes sysctl rounded up to pages when set, else
//                    (ratio × page size / 100) × dirtyable / page size (the ratio in 1/page size
//                    steps, as the kernel keeps it), and a background threshold that reaches the
//                    throttle threshold becomes half of it.
// Left out, as the figures are for an ordinary task on a 64-bit kernel: the quarter more (plus
// 1/32 of the global limit) a real-time or deadline task is allowed, and the HighMem zones a
// 32-bit kernel subtracts unless vm.highmem_is_dirtyable (a zoneinfo with a HighMem zone gives
// no figures rather than wrong ones). Cgroup writeback domains have limits of their own.
struct DirtyThresholds {
    // The vm sysctls the thresholds come from; a *_bytes setting of 0 means "use the ratio".
    struct Settings {
        qint64 ratio = 0; // vm.dirty_ratio, percent
        qint64 backgroundRatio = 0; // vm.dirty_background_ratio, percent
        qint64 bytes = 0; // vm.dirty_bytes
        qint64 backgroundBytes = 0; // vm.dirty_background_bytes
    };

    qint64 dirtyableBytes = 0; // what the ratios apply to: free and file-backed memory beyond the reserve
    qint64 reserveBytes = 0; // totalreserve_pages: high watermarks plus lowmem reserves, kept from dirtying
    qint64 backgroundBytes = 0; // above it the flusher threads start writing back in the background
    qint64 throttleBytes = 0; // above it a task that dirties pages is made to wait for writeback
    bool backgroundFromBytes = false; // vm.dirty_background_bytes set it, not the ratio
    bool throttleFromBytes = false; // vm.dirty_bytes set it, not the ratio
    bool backgroundHalved = false; // the background setting reached the throttle threshold: half of that is used

    // nullopt for a meminfo without MemFree, Active(file) or Inactive(file), a HighMem zone, a
    // negative setting or a page size that is not positive.
    static std::optional<DirtyThresholds> compute(const NamedValues &meminfo, const QList<MemoryZone> &zones, const Settings &settings, qint64 pageSize = 4096);

    // totalreserve_pages as mm/page_alloc.c's calculate_totalreserve_pages() sums it: per zone,
    // the largest lowmem reserve it keeps against allocations for its own or higher zones plus its
    // high watermark, capped at the pages it manages. The sum is taken when the watermarks are
    // set up, when no boost is in effect, so zoneinfo's boost is taken off its high watermark.
    // (Before 4.5 the kernel subtracted a separate dirty_balance_reserve instead; that is gone.)
    static qint64 totalReservePages(const QList<MemoryZone> &zones);

    bool operator==(const DirtyThresholds &) const = default;
};
