// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "read/gpudevicereader.h"
#include "read/numareader.h"
#include "read/sharedmemoryreader.h"
#include "read/systemreader.h"
#include "read/zramreader.h"

#include <QElapsedTimer>

// Samples the system figures and turns vmstat's and each NUMA node's numastat counters into
// per-second rates between ticks.
class SystemSampler
{
public:
    explicit SystemSampler(const SysRoot &root);

    SystemSnapshot sample();

    // Rates of the counters in both samples, per second of monotonic time between them. A counter
    // that went backwards (reset, or a different machine's recording) gets no rate.
    static QList<CounterRate> rates(const NamedValues &before, const NamedValues &after, double seconds);

private:
    // Each node's numastat rates against the same node's previous sample (none for a node that
    // just appeared, or whose numastat could not be read either time).
    void addNumastatRates(SystemSnapshot &snapshot, double seconds);

    SystemReader m_reader;
    ZramReader m_zram;
    NumaReader m_numa;
    SharedMemoryReader m_sharedMemory;
    GpuDeviceReader m_gpuDevices;
    std::optional<NamedValues> m_previousVmstat;
    QHash<int, NamedValues> m_previousNumastat; // by node id
    QElapsedTimer m_sincePrevious;
};
