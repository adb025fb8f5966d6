// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parse/namedvalues.h"
#include "snapshot/reading.h"

#include <QCoreApplication>

#include <array>

struct SystemSnapshot;

// The memory the kernel uses for itself, part by part, from /proc/meminfo; and the remainder of
// the accounting bar (what no part of it covers), split into what meminfo names elsewhere and
// what no counter explains: memory drivers, GPUs and firmware took straight from the page
// allocator. Each part is missing with its reason where this kernel does not write it.
struct KernelMemory {
    Q_DECLARE_TR_FUNCTIONS(KernelMemory)

public:
    enum Part {
        SlabReclaimable, // SReclaimable: caches it drops under pressure (dentries, inodes)
        SlabUnreclaimable, // SUnreclaim: objects in use
        KernelStack,
        PageTables,
        SecPageTables, // 6.0 and later: KVM's and IOMMUs' page tables
        Vmalloc, // VmallocUsed: pages mapped through vmalloc (kernels 4.4 to 5.2 write 0)
        Percpu,
        HardwareCorrupted, // only with CONFIG_MEMORY_FAILURE
        Remainder, // MemTotal less every part of the accounting bar (MemoryComposition)
        Unexplained, // the remainder less what meminfo names in it
        PartCount
    };

    qint64 memTotal = 0;
    std::array<Reading<qint64>, PartCount> parts;

    const Reading<qint64> &part(Part p) const
    {
        return parts[size_t(p)];
    }
    // The /proc/meminfo field a part is read from; empty for the two computed ones.
    static QByteArray fieldOf(Part part);
    static QString title(Part part);
    // One sentence on what a part holds, for the tooltip and the side panel.
    static QString explanation(Part part);

    // Sum of the kernel's own parts (slab to hardware corrupted) that this kernel writes, the
    // kernel stacks counted once where vmalloc holds them too.
    qint64 ownTotal() const;

    // From meminfo, and zram's devices, whose compressed store is in the bar's remainder.
    static KernelMemory fromSnapshot(const SystemSnapshot &snapshot);

private:
    qint64 m_vmallocBeyondStacks = 0;
};
