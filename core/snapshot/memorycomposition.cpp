// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "memorycomposition.h"

static qint64 field(const NamedValues &meminfo, QByteArrayView name)
{
    return meminfo.value(name).value_or(0);
}

std::optional<MemoryComposition> MemoryComposition::fromMeminfo(const NamedValues &meminfo)
{
    const auto total = meminfo.value("MemTotal");
    const auto free = meminfo.value("MemFree");
    const auto anon = meminfo.value("AnonPages");
    if (!total || !free || !anon)
        return std::nullopt;
    // Every meminfo since 2.6.32 has these: one missing is a damaged file, and a zero in its place
    // would move its bytes into another part. SecPageTables (6.0) may be missing.
    for (const char *name : {"Buffers", "Cached", "SwapCached", "Shmem", "SReclaimable", "SUnreclaim", "KernelStack", "PageTables"}) {
        if (!meminfo.contains(name))
            return std::nullopt;
    }

    MemoryComposition composition;
    composition.total = *total;
    const qint64 shmem = field(meminfo, "Shmem");
    auto &parts = composition.parts;
    parts[Anonymous] = *anon;
    // Cached counts shmem pages too (they live in the page cache); they are shown on their own.
    parts[PageCache] = std::max<qint64>(0, field(meminfo, "Buffers") + field(meminfo, "Cached") - shmem) + field(meminfo, "SwapCached");
    parts[Shmem] = shmem;
    parts[SlabReclaimable] = field(meminfo, "SReclaimable");
    parts[SlabUnreclaimable] = field(meminfo, "SUnreclaim");
    parts[KernelStacksPageTables] = field(meminfo, "KernelStack") + field(meminfo, "PageTables") + field(meminfo, "SecPageTables");
    parts[Free] = *free;
    qint64 accounted = 0;
    for (int p = 0; p < Unaccounted; ++p)
        accounted += parts[size_t(p)];
    parts[Unaccounted] = std::max<qint64>(0, *total - accounted);
    composition.overcounted = std::max<qint64>(0, accounted - *total);
    return composition;
}

std::optional<MemoryHeadline> MemoryHeadline::fromMeminfo(const NamedValues &meminfo)
{
    const auto total = meminfo.value("MemTotal");
    const auto free = meminfo.value("MemFree");
    if (!total || !free)
        return std::nullopt;
    MemoryHeadline headline;
    headline.total = *total;
    headline.free = *free;
    headline.available = meminfo.value("MemAvailable");
    if (headline.available)
        headline.used = *total - *headline.available;
    headline.cache = field(meminfo, "Buffers") + field(meminfo, "Cached") + field(meminfo, "SReclaimable");
    headline.swapTotal = field(meminfo, "SwapTotal");
    headline.swapUsed = std::max<qint64>(0, headline.swapTotal - field(meminfo, "SwapFree"));
    headline.committed = meminfo.value("Committed_AS");
    headline.commitLimit = meminfo.value("CommitLimit");
    return headline;
}
