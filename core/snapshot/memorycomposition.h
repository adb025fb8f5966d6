// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parse/namedvalues.h"

#include <QList>

#include <array>
#include <optional>

// MemTotal split into parts that do not overlap, so a chart can stack them and a bar can place
// every byte of RAM in exactly one of them. What the counters do not cover — memory drivers,
// GPUs and firmware took without telling meminfo — is the unaccounted remainder.
struct MemoryComposition {
    // In stacking order, bottom to top; the same order everywhere MemLens draws RAM.
    enum Part {
        Anonymous, // AnonPages: heaps, stacks, private data of processes
        PageCache, // Buffers + Cached − Shmem + SwapCached: file contents kept in RAM
        Shmem, // tmpfs, shared memory segments, GPU buffers shared with the X server
        SlabReclaimable, // kernel caches it can drop (dentries, inodes)
        SlabUnreclaimable, // kernel objects in use
        KernelStacksPageTables, // KernelStack + PageTables (+ SecPageTables)
        Free, // MemFree
        Unaccounted, // MemTotal minus all of the above
        PartCount
    };

    qint64 total = 0; // MemTotal
    std::array<qint64, PartCount> parts{};
    // Set when the parts overlap by more than MemTotal holds (counters sampled at slightly
    // different moments): Unaccounted is then 0 rather than negative, and this is by how much.
    qint64 overcounted = 0;

    qint64 part(Part p) const
    {
        return parts[size_t(p)];
    }

    // nullopt when meminfo lacks a field it needs (MemTotal, MemFree, AnonPages, or one of the
    // others every kernel since 2.6.32 writes): a damaged file, or a kernel MemLens cannot explain.
    static std::optional<MemoryComposition> fromMeminfo(const NamedValues &meminfo);
};

// The figures the overview's cards show, derived as free(1) does.
struct MemoryHeadline {
    qint64 total = 0;
    std::optional<qint64> available; // MemAvailable (kernels since 3.14)
    std::optional<qint64> used; // total − available
    qint64 free = 0;
    qint64 cache = 0; // Buffers + Cached + SReclaimable: free(1)'s buff/cache
    qint64 swapTotal = 0;
    qint64 swapUsed = 0;
    std::optional<qint64> committed; // Committed_AS
    std::optional<qint64> commitLimit; // CommitLimit

    static std::optional<MemoryHeadline> fromMeminfo(const NamedValues &meminfo);
};
