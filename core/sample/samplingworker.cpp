// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "samplingworker.h"

SamplingWorker::SamplingWorker(const SysRoot &root)
    : m_system(root)
    , m_processes(root)
    , m_cgroups(root)
    , m_timer(this) // a child, so moveToThread() takes the timer along to the sampling thread
    , m_root(root)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &SamplingWorker::tick);
}

void SamplingWorker::start(int intervalMs)
{
    m_timer.setInterval(intervalMs);
    tick();
}

void SamplingWorker::setInterval(int intervalMs)
{
    m_timer.setInterval(intervalMs);
}

void SamplingWorker::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (paused)
        m_timer.stop();
    else
        tick();
}

void SamplingWorker::setMappingsProcess(std::optional<ProcessKey> process)
{
    m_mappingsProcess = process;
}

void SamplingWorker::setLibrariesEnabled(bool enabled)
{
    m_librariesEnabled = enabled;
    if (!enabled)
        m_libraries.clear();
}

void SamplingWorker::setCgroupsEnabled(bool enabled)
{
    m_cgroupsEnabled = enabled;
}

void SamplingWorker::setKillHistoryEnabled(bool enabled)
{
    if (enabled == bool(m_killHistory))
        return;
    m_lastKillHistory.reset();
    if (!enabled) {
        m_killHistory.reset();
        return;
    }
    // Created here, on the sampling thread, which is the only one that ever reads through it.
    m_killHistory = std::make_unique<KillHistoryReader>(m_root);
    sampleKillHistory();
}

void SamplingWorker::sampleKillHistory()
{
    KillHistory history = m_killHistory->read();
    if (history == m_lastKillHistory)
        return;
    m_lastKillHistory = history;
    Q_EMIT killHistorySampled(history);
}

void SamplingWorker::setReplay(const QString &recordingPath)
{
    m_recording = std::make_unique<QFile>(recordingPath);
    if (!m_recording->open(QIODevice::ReadOnly)) {
        Q_EMIT replayEnded(tr("cannot open the recording %1: %2").arg(recordingPath, m_recording->errorString()));
        m_recording.reset();
        return;
    }
    m_replay = std::make_unique<SnapshotStream::Reader>(m_recording.get());
}

void SamplingWorker::setAgent(const QString &program, const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(process.get(), &QProcess::readyReadStandardOutput, this, &SamplingWorker::readAgent);
    connect(process.get(), &QProcess::finished, this, [this] {
        Q_EMIT replayEnded(tr("the sampling agent on the host has stopped"));
    });
    connect(process.get(), &QProcess::errorOccurred, this, [this, program](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT replayEnded(tr("the sampling agent could not be started (%1)").arg(program));
    });
    m_replay = std::make_unique<SnapshotStream::Reader>(process.get());
    process->start(program, arguments);
    m_recording = std::move(process);
    m_agent = true;
}

// The agent sets the pace: every snapshot is passed on as soon as it has arrived whole.
void SamplingWorker::readAgent()
{
    while (const auto snapshot = m_replay->next()) {
        if (const auto *system = std::get_if<SystemSnapshot>(&*snapshot))
            Q_EMIT systemSampled(*system);
        else
            Q_EMIT processesSampled(std::get<ProcessSnapshot>(*snapshot));
    }
    if (!m_replay->error().isEmpty())
        Q_EMIT replayEnded(m_replay->error());
}

void SamplingWorker::replayTick()
{
    // A tick of the recording is a system snapshot and the process snapshot after it.
    bool processesPlayed = false;
    while (!processesPlayed) {
        const auto snapshot = m_replay->next();
        if (!snapshot) {
            Q_EMIT replayEnded(m_replay->error().isEmpty() ? tr("the recording has ended") : m_replay->error());
            return; // no re-arming: the last snapshots stay on screen
        }
        if (const auto *system = std::get_if<SystemSnapshot>(&*snapshot)) {
            Q_EMIT systemSampled(*system);
        } else {
            Q_EMIT processesSampled(std::get<ProcessSnapshot>(*snapshot));
            processesPlayed = true;
        }
    }
    if (!m_paused)
        m_timer.start();
}

void SamplingWorker::tick()
{
    sampleAll(false);
}

void SamplingWorker::refreshAll()
{
    sampleAll(true);
}

void SamplingWorker::setPssMaxAge(int maxAgeMs)
{
    PssScheduler::Settings settings;
    settings.maxAgeMs = maxAgeMs;
    m_processes.setSchedulerSettings(settings);
}

void SamplingWorker::sampleAll(bool everyProcessAfresh)
{
    m_timer.stop();
    if (m_agent)
        return; // the agent's own interval paces the snapshots
    if (m_replay) {
        replayTick();
        return;
    }
    const SystemSnapshot system = m_system.sample();
    m_severalNumaNodes = system.numaNodes.value && system.numaNodes.value->size() > 1;
    Q_EMIT systemSampled(system);
    const ProcessSnapshot processes = everyProcessAfresh ? m_processes.sample() : m_processes.sampleIncremental(m_timer.interval());
    Q_EMIT processesSampled(processes);
    if (m_mappingsProcess)
        Q_EMIT mappingsSampled(m_processes.sampleMappings(*m_mappingsProcess));
    if (m_mappingsProcess && m_severalNumaNodes)
        Q_EMIT numaResidencySampled(m_processes.sampleNumaResidency(*m_mappingsProcess));
    if (m_cgroupsEnabled)
        Q_EMIT cgroupsSampled(m_cgroups.read());
    if (m_librariesEnabled)
        Q_EMIT librariesSampled(m_libraries.sample(processes, m_processes));
    if (m_killHistory)
        sampleKillHistory();
    if (!m_paused)
        m_timer.start();
}
