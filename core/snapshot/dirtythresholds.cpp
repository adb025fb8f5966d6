// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dirtythresholds.h"

#include <algorithm>
#include <limits>

qint64 DirtyThresholds::totalReservePages(const QList<MemoryZone> &zones)
{
    qint64 total = 0;
    int index = 0; // the zone's type: its position within its node
    for (qsizetype i = 0; i < zones.size(); ++i) {
        const MemoryZone &zone = zones[i];
        index = i > 0 && zones[i - 1].node == zone.node ? index + 1 : 0;
        qint64 largest = 0;
        for (qsizetype j = index; j < zone.protection.size(); ++j)
            largest = std::max(largest, zone.protection[j]);
        // min(largest + high, managed) without overflowing on figures no kernel writes.
        const qint64 high = std::max<qint64>(0, zone.highPages - zone.boostPages);
        const qint64 reserve = largest > zone.managedPages || high > zone.managedPages - largest ? zone.managedPages : largest + high;
        if (__builtin_add_overflow(total, reserve, &total))
            return std::numeric_limits<qint64>::max();
    }
    return total;
}

std::optional<DirtyThresholds> DirtyThresholds::compute(const NamedValues &meminfo, const QList<MemoryZone> &zones, const Settings &settings, qint64 pageSize)
{
    // MemFree is the kernel's global count of free pages (NR_FREE_PAGES), the one
    // global_dirtyable_memory() reads. vmstat's nr_free_pages is normally the same number, but a
    // Firecracker VM was seen printing there only its zones' free pages, millions fewer, while its
    // thresholds matched MemFree to the page.
    const auto memFree = meminfo.value("MemFree"), activeFile = meminfo.value("Active(file)"), inactiveFile = meminfo.value("Inactive(file)");
    const bool highmem = std::any_of(zones.cbegin(), zones.cend(), [](const MemoryZone &zone) {
        return zone.name == "HighMem";
    });
    const auto percent = [](qint64 ratio) {
        return ratio >= 0 && ratio <= 100; // the sysctls' own range
    };
    if (!memFree || !activeFile || !inactiveFile || *memFree < 0 || *activeFile < 0 || *inactiveFile < 0 || highmem || pageSize <= 0 || pageSize > (1 << 30)
        || !percent(settings.ratio) || !percent(settings.backgroundRatio) || settings.bytes < 0 || settings.backgroundBytes < 0)
        return std::nullopt;
    const qint64 reserve = totalReservePages(zones);
    const qint64 free = *memFree / pageSize;
    qint64 dirtyable = free - std::min(free, reserve) + 1;
    if (__builtin_add_overflow(dirtyable, *activeFile / pageSize, &dirtyable) || __builtin_add_overflow(dirtyable, *inactiveFile / pageSize, &dirtyable))
        return std::nullopt; // a meminfo no machine writes

    // Pages from a setting: bytes rounded up, or the ratio in 1/pageSize steps.
    const auto threshold = [&](qint64 bytes, qint64 ratio) -> std::optional<qint64> {
        if (bytes > 0)
            return bytes / pageSize + (bytes % pageSize != 0);
        qint64 product = 0;
        if (__builtin_mul_overflow(ratio * pageSize / 100, dirtyable, &product))
            return std::nullopt;
        return product / pageSize;
    };
    auto throttle = threshold(settings.bytes, settings.ratio);
    auto background = threshold(settings.backgroundBytes, settings.backgroundRatio);
    if (!throttle || !background)
        return std::nullopt;
    DirtyThresholds result;
    result.throttleFromBytes = settings.bytes > 0;
    result.backgroundFromBytes = settings.backgroundBytes > 0;
    // Recent kernels keep the limits within 32 bits of pages; halving the background
    // threshold when it reaches the throttle one keeps it there too.
    throttle = std::min<qint64>(*throttle, std::numeric_limits<quint32>::max());
    result.backgroundHalved = *background >= *throttle;
    if (result.backgroundHalved)
        background = *throttle / 2;
    if (__builtin_mul_overflow(dirtyable, pageSize, &result.dirtyableBytes) || __builtin_mul_overflow(reserve, pageSize, &result.reserveBytes))
        return std::nullopt;
    result.backgroundBytes = *background * pageSize;
    result.throttleBytes = *throttle * pageSize;
    return result;
}
