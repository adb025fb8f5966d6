// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parse/arcstatsparser.h"
#include "parse/namedvalues.h"
#include "parse/pressureparser.h"
#include "parse/swapsparser.h"
#include "parse/thpchoiceparser.h"
#include "read/hugepagereader.h"
#include "read/zramreader.h"
#include "snapshot/counterrate.h"
#include "snapshot/dirtythresholds.h"
#include "snapshot/gpumemory.h"
#include "snapshot/numanode.h"
#include "snapshot/reading.h"
#include "snapshot/sharedmemorysnapshot.h"

#include <QList>

// A vm sysctl from /proc/sys/vm, under its sysctl name ("swappiness", "page-cluster").
struct VmTunable {
    QByteArray name;
    Reading<qint64> value;

    bool operator==(const VmTunable &) const = default;
};

// Everything system-wide, read in one tick. A value type: copied into the GUI thread whole.
struct SystemSnapshot {
    qint64 sampledAtMs = 0; // wall clock, ms since the epoch: the history axis
    Reading<NamedValues> meminfo; // bytes, under the kernel's field names
    Reading<NamedValues> vmstat; // counters since boot
    QList<CounterRate> vmstatRates; // empty on the first sample
    Reading<Pressure> memoryPressure;
    Reading<QList<SwapDevice>> swaps;
    Reading<ThpChoice> thpEnabled;
    Reading<ThpChoice> thpDefrag;
    QList<VmTunable> tunables;
    Reading<QList<ZramDevice>> zram; // empty when there are no zram devices
    Reading<QList<HugePagePool>> hugePagePools; // hugetlbfs pools, smallest page size first; counts in pages
    Reading<NamedValues> ksm; // /sys/kernel/mm/ksm counters under their file names: pages, except general_profit (bytes)
    Reading<DirtyThresholds> dirtyThresholds; // bytes; from meminfo, /proc/zoneinfo and the dirty sysctls
    // Every NUMA node by id; missing where the kernel has no NUMA support. One node on most desktops.
    Reading<QList<NumaNode>> numaNodes;
    // Where meminfo's Shmem goes. Read each tick with the rest: one small /proc file, one
    // directory listing and a statfs per tmpfs mount, none of which walks page tables, while
    // Shmem itself moves every tick and its breakdown should move with it.
    SharedMemorySnapshot sharedMemory;
    // Every GPU in /sys/class/drm, with the driver's memory counters where it writes them.
    Reading<QList<GpuDevice>> gpuDevices;
    // OpenZFS's ARC. Missing without a reason where there is no ZFS (nothing to say), with one
    // where arcstats exists but cannot be read.
    Reading<ArcSize> zfsArc;

    // The sysctl of that name (as in tunableNames()), or the reason it has no value.
    Reading<qint64> tunable(QByteArrayView name) const;
    // Why a figure computed from meminfo and these sysctls cannot be: the reason of the first of
    // them that is missing; empty when all were read.
    QString missingInputs(std::initializer_list<QByteArrayView> tunableNames) const;

    bool operator==(const SystemSnapshot &) const = default;
};
