// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "read/gpuclientreader.h"
#include "read/processreader.h"
#include "sample/pssscheduler.h"
#include "snapshot/numaresidency.h"

// Reads every process in /proc into one snapshot: all of each at once (a full pass), or
// incrementally, where only processes whose memory moved, and a share of the rest bounded by age,
// get their costly smaps_rollup read again (see PssScheduler).
class ProcessSampler
{
public:
    explicit ProcessSampler(const SysRoot &root);

    // Every process read afresh: for --snapshot, a manual refresh and the first tick.
    ProcessSnapshot sample();
    // Every process's stat read afresh; the rest only for those the scheduler picks, the others
    // keeping their last record (its readAtMs says when). intervalMs: the time to the next tick.
    ProcessSnapshot sampleIncremental(qint64 intervalMs);

    void setSchedulerSettings(PssScheduler::Settings settings);
    // See PssScheduler::setReaderPid.
    void setReaderPid(qint64 pid)
    {
        m_scheduler.setReaderPid(pid);
    }

    // The mappings of one process, for the details view and the libraries view.
    MappingSnapshot sampleMappings(const ProcessKey &process);
    // Its resident memory per NUMA node, read on demand: numa_maps walks the page tables.
    NumaResidency sampleNumaResidency(const ProcessKey &process);

private:
    // Reads one process fully, measuring its CPU cost for the scheduler.
    std::optional<ProcessRecord> readMeasured(const PssScheduler::Observation &seen, const ProcStat &stat);
    // Its GPU clients: the descriptors listed again where memoryMoved (see GpuClientReader).
    void readGpu(ProcessRecord &record, bool memoryMoved, qint64 nowMs);
    void finish(ProcessSnapshot &snapshot);
    // Each GPU client's other holders, once every process is read.
    static void markSharedGpuClients(QList<ProcessRecord> &processes);
    // Pages KSM merged or unmerged since the last call, by its counters; 0 without KSM.
    qint64 ksmPagesMoved();

    SysRoot m_root;
    FileReader m_ksmReader;
    std::optional<qint64> m_ksmMappedPages; // KSM pages and their sharers at the last call
    ProcessReader m_reader;
    GpuClientReader m_gpu;
    PssScheduler m_scheduler;
    QHash<ProcessKey, ProcessRecord> m_last; // the record shown for each live process
    bool m_anyWithoutRollup = false;
};
