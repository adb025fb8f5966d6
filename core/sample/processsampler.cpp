// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "processsampler.h"

#include "parse/integerparser.h"
#include "read/parsedfile.h"

#include <QDateTime>

#include <ctime>

#include <unistd.h>

namespace
{
qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

PssScheduler::Observation observe(qint64 pid, const ProcStat &stat)
{
    return {{pid, stat.startTime}, stat.rssPages, stat.minorFaults + stat.majorFaults, stat.userTicks + stat.systemTicks};
}
}

ProcessSampler::ProcessSampler(const SysRoot &root)
    : m_root(root)
    , m_reader(root)
    , m_gpu(root)
{
    if (root.isLive())
        m_scheduler.setSamplingPid(getpid());
}

void ProcessSampler::setSchedulerSettings(PssScheduler::Settings settings)
{
    m_scheduler.setSettings(settings);
}

std::optional<ProcessRecord> ProcessSampler::readMeasured(const PssScheduler::Observation &seen, const ProcStat &stat)
{
    const qint64 before = threadCpuNs();
    auto record = m_reader.read(seen.key.pid, stat);
    if (record) {
        m_scheduler.recordRead(seen, record->readAtMs, threadCpuNs() - before, record->pss());
        m_anyWithoutRollup = m_anyWithoutRollup || !m_reader.usedRollup();
    }
    return record;
}

ProcessSnapshot ProcessSampler::sample()
{
    ProcessSnapshot snapshot;
    snapshot.sampledAtMs = QDateTime::currentMSecsSinceEpoch();
    const QList<qint64> pids = m_reader.pids();
    snapshot.processes.reserve(pids.size());
    m_anyWithoutRollup = false;
    for (const qint64 pid : pids) {
        const auto stat = m_reader.readStat(pid);
        auto record = stat ? readMeasured(observe(pid, *stat), *stat) : std::nullopt;
        if (!record) {
            ++snapshot.vanished;
            continue;
        }
        readGpu(*record, true, snapshot.sampledAtMs);
        snapshot.processes.append(std::move(*record));
    }
    finish(snapshot);
    return snapshot;
}

ProcessSnapshot ProcessSampler::sampleIncremental(qint64 intervalMs)
{
    ProcessSnapshot snapshot;
    snapshot.sampledAtMs = QDateTime::currentMSecsSinceEpoch();
    const QList<qint64> pids = m_reader.pids();

    // The cheap pass: stat of every process, for identity and whether its memory moved.
    QList<ProcStat> stats;
    QList<PssScheduler::Observation> live;
    stats.reserve(pids.size());
    live.reserve(pids.size());
    for (const qint64 pid : pids) {
        auto stat = m_reader.readStat(pid);
        if (!stat) {
            ++snapshot.vanished;
            continue;
        }
        live.append(observe(pid, *stat));
        stats.append(std::move(*stat));
    }

    const QList<qsizetype> toRead = m_scheduler.plan(live, snapshot.sampledAtMs, intervalMs, ksmPagesMoved());
    snapshot.processes.reserve(live.size());
    qsizetype next = 0; // into toRead, which is ascending like live
    for (qsizetype i = 0; i < live.size(); ++i) {
        const bool fresh = next < toRead.size() && toRead[next] == i;
        next += fresh;
        const auto last = m_last.constFind(live[i].key);
        // A process that has just exited has no memory left to show, whatever the schedule.
        const bool becameZombie = last != m_last.cend() && stats[i].state == 'Z' && last->state != 'Z';
        if (!fresh && !becameZombie && last != m_last.cend()) {
            ProcessRecord record = *last;
            ProcessReader::applyStat(record, stats[i]);
            readGpu(record, false, snapshot.sampledAtMs);
            snapshot.processes.append(std::move(record));
            continue;
        }
        auto record = readMeasured(live[i], stats[i]);
        if (!record) {
            ++snapshot.vanished; // ended between its stat and the rest
            continue;
        }
        readGpu(*record, true, snapshot.sampledAtMs);
        snapshot.processes.append(std::move(*record));
    }
    finish(snapshot);
    return snapshot;
}

qint64 ProcessSampler::ksmPagesMoved()
{
    // Each page KSM merges is mapped to a shared page in place of its own, and each it unmerges
    // the other way round: the owner's PSS and the sharers' move with no fault of theirs. Counted
    // as two moves each, like a page replaced on copy-on-write.
    std::optional<qint64> mapped = 0;
    for (const auto name : {u"pages_shared", u"pages_sharing"}) {
        const auto count = readParsed(m_ksmReader, m_root, QStringLiteral("/sys/kernel/mm/ksm/") + name, parseInteger, OnParseError::Discard);
        mapped = count.value && mapped ? std::optional(*mapped + *count.value) : std::nullopt;
    }
    const qint64 moved = mapped && m_ksmMappedPages ? 2 * std::abs(*mapped - *m_ksmMappedPages) : 0;
    m_ksmMappedPages = mapped;
    return moved;
}

void ProcessSampler::readGpu(ProcessRecord &record, bool memoryMoved, qint64 nowMs)
{
    // Kernel threads hold no descriptors, and an exited process's are closed.
    if (record.kernelThread || record.state == 'Z')
        record.gpu = {QList<GpuClient>(), {}, {}};
    else
        record.gpu = m_gpu.read(record.key, memoryMoved, nowMs);
}

void ProcessSampler::markSharedGpuClients(QList<ProcessRecord> &processes)
{
    QHash<QByteArray, QList<qint64>> holders; // client identity -> pids, ascending like processes
    for (const ProcessRecord &process : std::as_const(processes)) {
        for (const GpuClient &client : process.gpu.value.value_or(QList<GpuClient>())) {
            if (const QByteArray identity = client.identity(); !identity.isEmpty())
                holders[identity].append(process.key.pid);
        }
    }
    for (ProcessRecord &process : processes) {
        if (!process.gpu.value)
            continue;
        for (GpuClient &client : *process.gpu.value) {
            QList<qint64> others = holders.value(client.identity());
            others.removeOne(process.key.pid);
            // An empty list stays unallocated, as a decoded one is: Qt 6.4 compares an allocated
            // empty list with an unallocated one through memcmp on a null pointer (UBSan says so).
            client.sharedWith = others.isEmpty() ? QList<qint64>() : others;
        }
    }
}

void ProcessSampler::finish(ProcessSnapshot &snapshot)
{
    markSharedGpuClients(snapshot.processes);
    m_last.clear();
    m_last.reserve(snapshot.processes.size());
    for (const ProcessRecord &record : snapshot.processes)
        m_last.insert(record.key, record);
    m_gpu.forgetOthers(m_last);
    snapshot.smapsSource = m_anyWithoutRollup ? QStringLiteral("smaps (this kernel has no smaps_rollup)") : QStringLiteral("smaps_rollup");
}

MappingSnapshot ProcessSampler::sampleMappings(const ProcessKey &process)
{
    MappingSnapshot snapshot;
    snapshot.sampledAtMs = QDateTime::currentMSecsSinceEpoch();
    snapshot.process = process;
    snapshot.mappings = m_reader.readMappings(process);
    return snapshot;
}

NumaResidency ProcessSampler::sampleNumaResidency(const ProcessKey &process)
{
    return {QDateTime::currentMSecsSinceEpoch(), process, m_reader.readNumaResidency(process)};
}
