#include "processsampler.h"

#include <QDateTime>

ProcessSampler::ProcessSampler(const SysRoot &root)
    : m_reader(root)
{
}

ProcessSnapshot ProcessSampler::sample()
{
    ProcessSnapshot snapshot;
    snapshot.sampledAtMs = QDateTime::currentMSecsSinceEpoch();
    const QList<qint64> pids = m_reader.pids();
    snapshot.processes.reserve(pids.size());
    bool anyWithoutRollup = false;
    for (const qint64 pid : pids) {
        auto record = m_reader.read(pid);
        if (!record) {
            ++snapshot.vanished;
            continue;
        }
        anyWithoutRollup = anyWithoutRollup || !m_reader.usedRollup();
        snapshot.processes.append(std::move(*record));
    }
    snapshot.smapsSource = anyWithoutRollup ? QStringLiteral("smaps (this kernel has no smaps_rollup)") : QStringLiteral("smaps_rollup");
    return snapshot;
}

MappingSnapshot ProcessSampler::sampleMappings(const ProcessKey &process)
{
    MappingSnapshot snapshot;
    snapshot.sampledAtMs = QDateTime::currentMSecsSinceEpoch();
    snapshot.process = process;
    snapshot.mappings = m_reader.readMappings(process);
    return snapshot;
}
