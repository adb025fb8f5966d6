// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "librarysampler.h"

LibrarySnapshot LibrarySampler::sample(const ProcessSnapshot &processes, ProcessSampler &sampler)
{
    QHash<ProcessKey, Reading> readings; // the processes of this snapshot only: the ended are let go
    readings.reserve(processes.processes.size());
    bool changed = !m_last;
    for (const ProcessRecord &process : processes.processes) {
        if (process.kernelThread)
            continue;
        const auto kept = m_readings.constFind(process.key);
        if (kept != m_readings.cend() && kept->readAtMs == process.readAtMs) {
            changed = changed || kept->name != process.name; // renamed: its rows say the new name
            readings.insert(process.key, *kept)->name = process.name;
            continue;
        }
        const MappingSnapshot mappings = sampler.sampleMappings(process.key);
        Reading reading{process.name, process.readAtMs, mappings.sampledAtMs, {}};
        if (mappings.mappings.value)
            reading.files = LibraryAggregator::perFile(*mappings.mappings.value);
        changed = changed || kept == m_readings.cend() || kept->files != reading.files || kept->name != reading.name;
        readings.insert(process.key, std::move(reading));
    }
    changed = changed || readings.size() != m_readings.size(); // with no new one, some ended
    m_readings = std::move(readings);

    if (!changed) {
        m_last->sampledAtMs = processes.sampledAtMs;
        m_last->oldestReadAtMs = 0;
        for (const Reading &reading : std::as_const(m_readings)) {
            if (reading.files)
                m_last->oldestReadAtMs = m_last->oldestReadAtMs == 0 ? reading.mappingsReadAtMs : std::min(m_last->oldestReadAtMs, reading.mappingsReadAtMs);
        }
        return *m_last;
    }
    LibraryAggregator aggregator;
    for (const ProcessRecord &process : processes.processes) {
        const auto reading = m_readings.constFind(process.key);
        if (reading == m_readings.cend())
            continue; // a kernel thread
        if (reading->files)
            aggregator.add(process, *reading->files, reading->mappingsReadAtMs);
        else
            aggregator.addUnreadable();
    }
    m_last = aggregator.finish(processes.sampledAtMs);
    return *m_last;
}

void LibrarySampler::clear()
{
    m_readings.clear();
    m_last.reset();
}
