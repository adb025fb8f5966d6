// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parse/namedvalues.h"
#include "snapshot/counterrate.h"
#include "snapshot/reading.h"

#include <QList>

// One NUMA node: a set of CPUs and the memory closest to them, from /sys/devices/system/node/nodeN/.
struct NumaNode {
    int id = 0; // N of the directory nodeN; ids can have gaps (node0, node2)
    // The node's share of /proc/meminfo, in bytes under meminfo's names (MemTotal, MemFree,
    // MemUsed, FilePages, AnonPages, Shmem, Slab, ...); the HugePages_* fields are counts of pages.
    Reading<NamedValues> meminfo;
    // Page allocation counters since boot, in pages: numa_hit (allocated here as intended),
    // numa_miss (allocated here though another node was wanted), numa_foreign (wanted here,
    // allocated elsewhere), interleave_hit, local_node (for a process running on this node),
    // other_node (for a process running on another node).
    Reading<NamedValues> numastat;
    // numastat's counters per second between the last two samples (pages/s); empty on the first
    // sample and while numastat is unavailable.
    QList<CounterRate> numastatRates;

    bool operator==(const NumaNode &) const = default;
};

// /proc/meminfo's MemTotal minus the sum of the nodes' MemTotal, in bytes: memory the kernel
// counts as the machine's but attributes to no node. Usually 0; missing, with the reason, when
// meminfo or any node's MemTotal is unavailable, since a partial sum would be a wrong difference.
Reading<qint64> memoryOutsideNodes(const Reading<NamedValues> &meminfo, const Reading<QList<NumaNode>> &nodes);
