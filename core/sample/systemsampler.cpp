// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "systemsampler.h"

SystemSampler::SystemSampler(const SysRoot &root)
    : m_reader(root)
    , m_zram(root)
    , m_numa(root)
    , m_sharedMemory(root)
    , m_gpuDevices(root)
{
}

SystemSnapshot SystemSampler::sample()
{
    SystemSnapshot snapshot = m_reader.read();
    snapshot.zram = m_zram.read();
    snapshot.numaNodes = m_numa.read();
    snapshot.sharedMemory = m_sharedMemory.read();
    snapshot.gpuDevices = m_gpuDevices.read();
    const double seconds = m_sincePrevious.isValid() ? double(m_sincePrevious.nsecsElapsed()) / 1e9 : 0;
    m_sincePrevious.start();
    addNumastatRates(snapshot, seconds);
    if (!snapshot.vmstat.value)
        return snapshot;
    if (m_previousVmstat && seconds > 0)
        snapshot.vmstatRates = rates(*m_previousVmstat, *snapshot.vmstat.value, seconds);
    m_previousVmstat = snapshot.vmstat.value;
    return snapshot;
}

void SystemSampler::addNumastatRates(SystemSnapshot &snapshot, double seconds)
{
    QHash<int, NamedValues> previous;
    previous.swap(m_previousNumastat);
    if (!snapshot.numaNodes.value)
        return;
    for (NumaNode &node : *snapshot.numaNodes.value) {
        if (!node.numastat.value)
            continue;
        const auto before = previous.constFind(node.id);
        if (before != previous.cend() && seconds > 0)
            node.numastatRates = rates(*before, *node.numastat.value, seconds);
        m_previousNumastat.insert(node.id, *node.numastat.value);
    }
}

QList<CounterRate> SystemSampler::rates(const NamedValues &before, const NamedValues &after, double seconds)
{
    QList<CounterRate> rates;
    const QList<NamedValue> &old = before.list();
    const QList<NamedValue> &now = after.list();
    rates.reserve(now.size());
    for (qsizetype i = 0; i < now.size(); ++i) {
        // The kernel's order is stable between reads, so the same index is almost always the
        // same counter; look it up by name only when it is not.
        const NamedValue *previous = i < old.size() && old[i].name == now[i].name ? &old[i] : before.find(now[i].name);
        if (previous && now[i].value >= previous->value)
            rates.append({now[i].name, double(now[i].value - previous->value) / seconds});
    }
    return rates;
}
