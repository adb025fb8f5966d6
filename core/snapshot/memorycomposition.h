// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parse/arcstatsparser.h"
#include "parse/namedvalues.h"

#include <QList>

#include <array>
#include <optional>

struct SystemSnapshot;
struct ZramDevice;

// MemTotal split into parts that do not overlap, so a chart can stack them and a bar can place
// every byte of RAM in exactly one of them. What the counters do not cover — memory drivers,
// GPUs and firmware took without telling meminfo — is the unaccounted remainder.
struct MemoryComposition {
    // In stacking order, bottom to top; the same order everywhere MemLens draws RAM.
    enum Part {
        Anonymous, // AnonPages: heaps, stacks, private data of processes
        PageCache, // Buffers + Cached − Shmem + SwapCached: file contents kept in RAM
        ZfsArc, // OpenZFS's cache, which meminfo does not count as one (see fromSnapshot)
        Shmem, // tmpfs, shared memory segments, GPU buffers shared with the X server
        SlabReclaimable, // kernel caches it can drop (dentries, inodes)
        SlabUnreclaimable, // kernel objects in use
        KernelStacksPageTables, // KernelStack + PageTables (+ SecPageTables)
        GpuSystemRam, // GPU buffers in system RAM that no meminfo field counts (see fromSnapshot)
        Free, // MemFree
        Unaccounted, // MemTotal minus all of the above
        PartCount
    };

    qint64 total = 0; // MemTotal
    std::array<qint64, PartCount> parts{};
    // Set when the parts overlap by more than MemTotal holds (counters sampled at slightly
    // different moments): Unaccounted is then 0 rather than negative, and this is by how much.
    qint64 overcounted = 0;
    // What the GPU drivers' and the ARC's own counters say they hold, of which GpuSystemRam and
    // ZfsArc are the share that fits in what no meminfo field explains; the rest is in a field
    // already (the ARC's metadata in slab or vmalloc) or the counters are ahead of meminfo.
    qint64 gpuClaimed = 0;
    qint64 arcClaimed = 0;

    qint64 part(Part p) const
    {
        return parts[size_t(p)];
    }

    // nullopt when meminfo lacks a field it needs (MemTotal, MemFree, AnonPages, or one of the
    // others every kernel since 2.6.32 writes): a damaged file, or a kernel MemLens cannot explain.
    static std::optional<MemoryComposition> fromMeminfo(const NamedValues &meminfo);
    // The same, with the parts only other counters place: the GTT of the drivers whose system
    // RAM no meminfo field holds (GpuDevice::systemRamInShmem), from their sysfs counters, and the
    // ARC. Each is taken from the unaccounted remainder, and only from its share that no meminfo
    // field names (namedInRemainder): a byte meminfo counts somewhere is never placed twice.
    static std::optional<MemoryComposition> fromSnapshot(const SystemSnapshot &snapshot);

    // Memory inside the unaccounted remainder that meminfo (or zram) names: vmalloc beyond the
    // kernel stacks, per-CPU data, huge page pools, zswap, other reclaimable kernel memory and
    // zram's compressed store.
    static qint64 namedInRemainder(const NamedValues &meminfo, const QList<ZramDevice> &zram);
    // VmallocUsed less the kernel stacks it holds.
    static qint64 vmallocBeyondStacks(const NamedValues &meminfo);
};

// The figures the overview's cards show, derived as free(1) does.
struct MemoryHeadline {
    qint64 total = 0;
    std::optional<qint64> available; // MemAvailable (kernels since 3.14)
    std::optional<qint64> used; // total − available
    qint64 free = 0;
    qint64 cache = 0; // Buffers + Cached + SReclaimable: free(1)'s buff/cache
    std::optional<ArcSize> zfsArc; // OpenZFS's ARC, cache that MemAvailable leaves out
    qint64 swapTotal = 0;
    qint64 swapUsed = 0;
    std::optional<qint64> committed; // Committed_AS
    std::optional<qint64> commitLimit; // CommitLimit

    static std::optional<MemoryHeadline> fromMeminfo(const NamedValues &meminfo);
    // With the ARC, where there is one.
    static std::optional<MemoryHeadline> fromSnapshot(const SystemSnapshot &snapshot);
};
